package jp.mamori.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Figure;
import jp.mamori.home.ReadinessIndicator;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Nonconformities not yet closed, corrective actions still running, and those past their due date. */
@Component
class AuditReadiness implements ReadinessIndicator {

    static final String OPEN_NONCONFORMITIES = "audit.openNonconformities";
    static final String RUNNING_ACTIONS = "audit.runningActions";
    static final String OVERDUE_ACTIONS = "audit.overdueActions";

    private final Messages messages;

    @PersistenceContext
    private EntityManager entityManager;

    AuditReadiness(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Figure> figures(Locale locale, LocalDate today) {
        long nonconformities = entityManager.createQuery("select count(f) from Finding f where f.grade in :grades"
                        + " and f.status <> :closed", Long.class)
                .setParameter("grades", Arrays.stream(FindingGrade.values()).filter(FindingGrade::isNonconformity).toList())
                .setParameter("closed", FindingStatus.CLOSED)
                .getSingleResult();
        long running = entityManager.createQuery("select count(c) from CorrectiveAction c where c.status <> :closed",
                        Long.class)
                .setParameter("closed", CorrectiveActionStatus.CLOSED)
                .getSingleResult();
        long overdue = entityManager.createQuery("select count(c) from CorrectiveAction c where c.status in :before"
                        + " and c.dueDate < :today", Long.class)
                .setParameter("before", Arrays.stream(CorrectiveActionStatus.values())
                        .filter(CorrectiveActionStatus::isBeforeImplementation).toList())
                .setParameter("today", today)
                .getSingleResult();
        return List.of(
                Figure.count(OPEN_NONCONFORMITIES, messages.get(locale, "home.figure.openNonconformities"),
                        nonconformities, "findings"),
                Figure.count(RUNNING_ACTIONS, messages.get(locale, "home.figure.runningActions"), running,
                        "corrective-actions"),
                Figure.count(OVERDUE_ACTIONS, messages.get(locale, "home.figure.overdueActions"), overdue,
                        "corrective-actions"));
    }
}
