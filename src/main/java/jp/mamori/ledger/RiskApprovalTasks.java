package jp.mamori.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Task;
import jp.mamori.home.TaskSource;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.stereotype.Component;

/** Residual risks of entries not retired that top management has not accepted or rejected yet. */
@Component
class RiskApprovalTasks implements TaskSource {

    /** A pending risk with what identifies it. */
    record Pending(Long entryId, String reference, String name, LifecycleStage stage, Threat threat) {
    }

    private final Messages messages;

    @PersistenceContext
    private EntityManager entityManager;

    RiskApprovalTasks(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Role audience() {
        return Role.TOP_MANAGEMENT;
    }

    @Override
    public List<Task> tasksFor(MamoriPrincipal person, Locale locale, LocalDate today) {
        return entityManager.createQuery("select new jp.mamori.ledger.RiskApprovalTasks$Pending(e.id, e.reference,"
                        + " e.name, r.stage, r.threat) from LedgerEntry e join e.risks r where r.decision = :pending"
                        + " and e.status <> :retired order by e.reference, r.id", Pending.class)
                .setParameter("pending", RiskDecision.PENDING)
                .setParameter("retired", LedgerStatus.RETIRED)
                .getResultList().stream()
                .map(risk -> new Task("home.task.riskApproval", risk.reference() + " " + risk.name() + " ("
                        + messages.label(locale, risk.stage()) + " / " + messages.label(locale, risk.threat()) + ")", null,
                        "ledger/" + risk.entryId()))
                .toList();
    }
}
