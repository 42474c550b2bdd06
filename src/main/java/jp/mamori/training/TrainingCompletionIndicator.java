package jp.mamori.training;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Figure;
import jp.mamori.home.ReadinessIndicator;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Of the assignments due within the current fiscal year, those completed; exempted workers do
 * not count, as in the completion report.
 */
@Component
class TrainingCompletionIndicator implements ReadinessIndicator {

    static final String ID = "training.completion";

    private final TrainingCalendar calendar;
    private final Messages messages;

    @PersistenceContext
    private EntityManager entityManager;

    TrainingCompletionIndicator(TrainingCalendar calendar, Messages messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Figure> figures(Locale locale, LocalDate today) {
        FiscalYear year = calendar.fiscalYear(today);
        Object[] counts = entityManager.createQuery("select coalesce(sum(case when a.status = :completed then 1 else 0 end), 0),"
                        + " count(a) from TrainingAssignment a where a.dueOn between :start and :end"
                        + " and a.status <> :exempted", Object[].class)
                .setParameter("completed", AssignmentStatus.COMPLETED)
                .setParameter("exempted", AssignmentStatus.EXEMPTED)
                .setParameter("start", year.start())
                .setParameter("end", year.end())
                .getSingleResult();
        return List.of(Figure.share(ID, messages.get(locale, "home.figure.trainingCompletion", year.label(locale)),
                ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), "training/status"));
    }
}
