package jp.mamori.training;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Stream;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import org.springframework.stereotype.Component;

/**
 * Training as the reminder engine sees it: every open assignment is owed by its worker by its
 * deadline ({@code training.assignment}; the engine reminds them and escalates to the
 * department's manager once it is overdue), and every worker who failed all attempts is
 * put before their department's manager ({@code training.failed}).
 */
@Component
class TrainingObligations implements ObligationSource {

    static final String ASSIGNMENT = "training.assignment";
    static final String FAILED = "training.failed";

    private final AssignmentRepository assignments;

    TrainingObligations(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        Stream<Obligation> open = assignments
                .streamOpenDueBy(EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.PASSED), horizon)
                .map(assignment -> new Obligation(ASSIGNMENT, String.valueOf(assignment.getId()),
                        assignment.getCourse().getTitle(), assignment.getUser().getId(),
                        departmentId(assignment.getUser()), assignment.getDueOn(),
                        "training/take/" + assignment.getId(), Severity.NORMAL));
        Stream<Obligation> failed = assignments.streamFailed()
                .filter(assignment -> !assignment.getFailedOn().isAfter(horizon))
                .map(assignment -> {
                    UserAccount worker = assignment.getUser();
                    Department department = worker.getDepartment();
                    Long managerId = department == null || department.getManager() == null ? null
                            : department.getManager().getId();
                    return new Obligation(FAILED, String.valueOf(assignment.getId()),
                            assignment.getCourse().getTitle() + " / " + worker.getDisplayName(), managerId,
                            departmentId(worker), assignment.getFailedOn(), "training/status", Severity.HIGH);
                });
        return Stream.concat(open, failed);
    }

    private static Long departmentId(UserAccount worker) {
        return worker.getDepartment() == null ? null : worker.getDepartment().getId();
    }
}
