package jp.mamori.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Task;
import jp.mamori.home.TaskSource;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * An auditor's audits still to conduct (as lead or team member) and the findings of their
 * audits that are not closed yet.
 */
@Component
class AuditorTasks implements TaskSource {

    private final Messages messages;
    private final FindingRepository findings;

    @PersistenceContext
    private EntityManager entityManager;

    AuditorTasks(Messages messages, FindingRepository findings) {
        this.messages = messages;
        this.findings = findings;
    }

    @Override
    public Role audience() {
        return Role.AUDITOR;
    }

    @Override
    public List<Task> tasksFor(MamoriPrincipal person, Locale locale, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        entityManager.createQuery("select distinct a from Audit a left join a.auditors x where a.status in :open"
                        + " and (a.leadAuditor.id = :me or x.id = :me)", Audit.class)
                .setParameter("open", List.of(AuditStatus.PLANNED, AuditStatus.IN_PROGRESS))
                .setParameter("me", person.userId())
                .getResultList()
                .forEach(audit -> tasks.add(new Task("home.task.audit", audit.subject() + "（" + messages.label(locale,
                        audit.getStatus()) + "）", audit.getPlannedDate(), "audits/" + audit.getId())));
        findings.findOpenOfAuditor(person.userId())
                .forEach(finding -> tasks.add(new Task("home.task.finding", finding.reference() + " "
                        + messages.label(locale, finding.getGrade()) + " " + finding.getClauseRef() + "（"
                        + finding.getDepartment().getName() + "）", null, "audits/" + finding.getAudit().getId())));
        return tasks;
    }
}
