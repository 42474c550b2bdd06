package jp.mamori.training;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must take which course by when. Rules assign courses (annual ones anew each fiscal
 * year); the privacy manager also assigns by hand, exempts with a reason and grants another
 * attempt. Everyone sees their own assignments, managers those of their departments.
 */
@Service
public class AssignmentService {

    /** Serialises rule runs, so two of them never race to create the same assignment. */
    private static final long RULE_LOCK = 6_001L;

    private final AssignmentRepository assignments;
    private final AssignmentRuleRepository rules;
    private final CourseRepository courses;
    private final UserService users;
    private final TrainingAccess access;
    private final TrainingCalendar calendar;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AssignmentService(AssignmentRepository assignments, AssignmentRuleRepository rules, CourseRepository courses,
                      UserService users, TrainingAccess access, TrainingCalendar calendar, Clock clock) {
        this.assignments = assignments;
        this.rules = rules;
        this.courses = courses;
        this.users = users;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** My tasks: my own assignments, the earliest deadline first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrainingAssignment> mine() {
        return assignments.findByUserIdOrderByDueOnAsc(CurrentUser.require().userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<TrainingAssignment> page(AssignmentFilter filter, Pageable pageable) {
        return assignments.findAll(AssignmentSpecifications.matching(filter, access.reach(), today()), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(AssignmentFilter filter) {
        return assignments.count(AssignmentSpecifications.matching(filter, access.reach(), today()));
    }

    /** Everything within the caller's reach that matches, for exports and reports. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrainingAssignment> list(AssignmentFilter filter) {
        return assignments.findAll(AssignmentSpecifications.matching(filter, access.reach(), today()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TrainingAssignment get(long id) {
        TrainingAssignment assignment = assignments.findDetailed(id).orElseThrow();
        access.check(assignment);
        return assignment;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TrainingAccess.Reach reach() {
        return access.reach();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> cycles() {
        return assignments.findCycles();
    }

    /**
     * Assigns a course by hand to the given workers, due on {@code dueOn} (or after the
     * course's usual number of days). Workers who already have it in this cycle are skipped.
     *
     * @return how many assignments were created
     */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public int assign(long courseId, Collection<Long> userIds, LocalDate dueOn) {
        LocalDate today = today();
        if (dueOn != null && dueOn.isBefore(today)) {
            throw RuleViolation.onField("dueOn", "training.error.dueInPast");
        }
        if (userIds == null || userIds.isEmpty()) {
            throw RuleViolation.onField("userIds", "training.error.noWorkers");
        }
        Course course = courses.findById(courseId).orElseThrow();
        if (!course.isActive()) {
            throw new RuleViolation("training.error.courseInactive");
        }
        lockRules();
        String cycle = calendar.cycleOf(course.getKind(), today);
        Set<Long> already = new HashSet<>(assignments.findAssignedUserIds(courseId, cycle));
        Map<Long, UserAccount> active = new HashMap<>();
        users.activeUsers().forEach(user -> active.put(user.getId(), user));
        int created = 0;
        for (Long userId : new HashSet<>(userIds)) {
            UserAccount user = active.get(userId);
            if (user == null) {
                throw RuleViolation.onField("userIds", "training.error.unknownWorker", userId);
            }
            if (already.add(userId)) {
                assignments.save(new TrainingAssignment(course, user, cycle, AssignmentOrigin.MANUAL, today,
                        dueOn != null ? dueOn : defaultDue(course, today)));
                created++;
            }
        }
        return created;
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public TrainingAssignment exempt(long id, Long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("reason", "training.error.exemptionReason");
        }
        if (reason.strip().length() > 500) {
            throw RuleViolation.onField("reason", "training.error.tooLong", 500);
        }
        TrainingAssignment assignment = assignments.findDetailed(id).orElseThrow();
        check(assignment, expectedVersion);
        if (assignment.getStatus() == AssignmentStatus.COMPLETED) {
            throw new RuleViolation("training.error.alreadyCompleted");
        }
        assignment.exempt(reason.strip());
        return assignment;
    }

    /** One more attempt for a worker who failed, granted by the privacy manager or their manager. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingAssignment grantAttempt(long id, Long expectedVersion) {
        TrainingAssignment assignment = assignments.findDetailed(id).orElseThrow();
        TrainingAccess.Reach reach = access.reach();
        boolean ownRecord = assignment.getUser().getId() == reach.userId();
        if (!reach.isManager() || !reach.covers(assignment) || (ownRecord && !reach.everyone())) {
            throw new AccessDeniedException("Only a manager grants another attempt");
        }
        check(assignment, expectedVersion);
        if (assignment.getStatus() != AssignmentStatus.FAILED && assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new RuleViolation("training.error.noAttemptNeeded");
        }
        assignment.grantAttempt();
        return assignment;
    }

    /** Moves a deadline (a long absence, a late hire); the privacy manager only. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public TrainingAssignment moveDueDate(long id, Long expectedVersion, LocalDate dueOn) {
        TrainingAssignment assignment = assignments.findDetailed(id).orElseThrow();
        check(assignment, expectedVersion);
        if (dueOn == null || dueOn.isBefore(assignment.getAssignedOn())) {
            throw RuleViolation.onField("dueOn", "training.error.dueBeforeAssigned");
        }
        if (!assignment.getStatus().isOpen()) {
            throw new RuleViolation("training.error.notOpen");
        }
        assignment.moveDueDate(dueOn);
        return assignment;
    }

    /**
     * Creates the assignments that the rules of active courses call for on {@code today}
     * and that do not exist yet. An annual course's cycle is the fiscal year, so the first
     * run of a new fiscal year reopens it for everyone it reaches.
     *
     * @return how many assignments were created
     */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public int applyRules(LocalDate today) {
        lockRules();
        List<AssignmentRule> active = rules.findByCourseActiveTrue();
        if (active.isEmpty()) {
            return 0;
        }
        List<UserAccount> workers = users.activeUsers();
        Map<String, Set<Long>> assigned = new HashMap<>();
        List<TrainingAssignment> created = new ArrayList<>();
        for (AssignmentRule rule : active) {
            Course course = rule.getCourse();
            String cycle = calendar.cycleOf(course.getKind(), today);
            Set<Long> already = assigned.computeIfAbsent(course.getId() + "/" + cycle,
                    key -> new HashSet<>(assignments.findAssignedUserIds(course.getId(), cycle)));
            for (UserAccount worker : workers) {
                if (reaches(rule, worker, today) && already.add(worker.getId())) {
                    created.add(new TrainingAssignment(course, worker, cycle, AssignmentOrigin.RULE, today,
                            dueFor(rule, worker, today)));
                }
            }
        }
        assignments.saveAll(created);
        return created.size();
    }

    private static boolean reaches(AssignmentRule rule, UserAccount worker, LocalDate today) {
        return switch (rule.getScope()) {
            case ALL -> true;
            case DEPARTMENT -> worker.getDepartment() != null
                    && worker.getDepartment().getId().equals(rule.getDepartment().getId());
            case ROLE -> worker.getRoles().contains(rule.getRole());
            case NEW_HIRES -> worker.getHireDate() != null && !worker.getHireDate().isAfter(today)
                    && !worker.getHireDate().plusDays(rule.getWithinDays()).isBefore(today);
        };
    }

    private LocalDate dueFor(AssignmentRule rule, UserAccount worker, LocalDate today) {
        if (rule.getScope() == RuleScope.NEW_HIRES) {
            return worker.getHireDate().plusDays(rule.getWithinDays());
        }
        return defaultDue(rule.getCourse(), today);
    }

    /** The course's usual number of days, but never past the end of the fiscal year for an annual course. */
    private LocalDate defaultDue(Course course, LocalDate today) {
        LocalDate due = today.plusDays(course.getDeadlineDays());
        LocalDate yearEnd = calendar.fiscalYear(today).end();
        return course.getKind() == CourseKind.ANNUAL && due.isAfter(yearEnd) ? yearEnd : due;
    }

    private void check(TrainingAssignment assignment, Long expectedVersion) {
        access.check(assignment);
        if (expectedVersion != null) {
            StaleRecordException.check(assignment, expectedVersion);
        }
    }

    private void lockRules() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + RULE_LOCK + ")").getSingleResult();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
