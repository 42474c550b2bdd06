package jp.mamori.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Everyone's "my tasks": the open obligations of every feature (training to take and attest,
 * entries to review, corrective actions, checks) for which the person is responsible, due
 * within a year or already overdue.
 */
@Component
class ObligationTasks implements TaskSource {

    private final List<ObligationSource> obligations;

    ObligationTasks(List<ObligationSource> obligations) {
        this.obligations = obligations;
    }

    @Override
    public Role audience() {
        return Role.EMPLOYEE;
    }

    @Override
    public List<Task> tasksFor(MamoriPrincipal person, Locale locale, LocalDate today) {
        return obligations.stream()
                .flatMap(source -> open(source, today.plusYears(1)))
                .filter(obligation -> obligation.responsibleUserId() != null
                        && obligation.responsibleUserId() == person.userId())
                .map(obligation -> new Task("reminder.kind." + obligation.kind(),
                        obligation.subject(), obligation.dueDate(), obligation.link()))
                .toList();
    }

    /** Read at once: the source's stream must be closed before the next source is asked. */
    static Stream<Obligation> open(ObligationSource source, LocalDate horizon) {
        try (Stream<Obligation> stream = source.openObligationsDueBy(horizon)) {
            return stream.toList().stream();
        }
    }
}
