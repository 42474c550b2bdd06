package jp.mamori.safeguard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operational checks (運用の確認): a privacy manager starts one for a department and names its
 * checker; the checker (or an item's owner) answers each item met / not met / not applicable.
 * A "not met" answer opens a follow-up. Privacy managers, auditors and top management see every
 * check; other workers only those they take part in.
 */
@Service
public class OperationalCheckService {

    private final OperationalCheckRepository checks;
    private final CheckAnswerRepository answers;
    private final SafeguardItemRepository items;
    private final FollowUpRepository followUps;
    private final SafeguardSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    OperationalCheckService(OperationalCheckRepository checks, CheckAnswerRepository answers,
                            SafeguardItemRepository items, FollowUpRepository followUps, SafeguardSettings settings,
                            ApplicationEventPublisher events, Clock clock) {
        this.checks = checks;
        this.answers = answers;
        this.items = items;
        this.followUps = followUps;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a check of the department with every item in force that applies to it and is not
     * yet asked for its period containing {@code asOf} (today when null).
     */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public OperationalCheck create(long departmentId, long checkerId, LocalDate asOf) {
        Department department = entityManager.find(Department.class, departmentId);
        if (department == null || !department.isActive()) {
            throw RuleViolation.onField("departmentId", "safeguard.error.unknownDepartment");
        }
        UserAccount checker = entityManager.find(UserAccount.class, checkerId);
        if (checker == null || !checker.isActive()) {
            throw RuleViolation.onField("checkerId", "safeguard.check.error.unknownChecker");
        }
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Set<AnswerKey> asked = askedSince(day.minusYears(1));
        List<CheckAnswer> due = new ArrayList<>();
        OperationalCheck check = new OperationalCheck(department, checker, day, clock.instant(),
                CurrentUser.usernameOrSystem());
        for (SafeguardItem item : items.findInForce()) {
            if (!item.appliesTo(department)) {
                continue;
            }
            CheckPeriod period = item.getFrequency().periodContaining(day, settings.fiscalYearStartMonth());
            if (!asked.contains(new AnswerKey(item.getId(), departmentId, period.start()))) {
                due.add(new CheckAnswer(check, item, period));
            }
        }
        if (due.isEmpty()) {
            throw new RuleViolation("safeguard.check.error.nothingDue", department.getName(), day);
        }
        OperationalCheck saved = checks.save(check);
        answers.saveAll(due);
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OperationalCheck> list() {
        MamoriPrincipal caller = CurrentUser.require();
        return seesEverything(caller) ? checks.findAllNewestFirst() : checks.findInvolving(caller.userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OperationalCheck get(long checkId) {
        OperationalCheck check = checks.findById(checkId).orElseThrow();
        List<CheckAnswer> rows = answers.findByCheck(checkId);
        requireVisible(check, rows);
        check.getDepartment().getName();
        check.getChecker().getDisplayName();
        return check;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CheckAnswer> answers(long checkId) {
        OperationalCheck check = checks.findById(checkId).orElseThrow();
        List<CheckAnswer> rows = answers.findByCheck(checkId);
        requireVisible(check, rows);
        return rows;
    }

    /** What the signed-in worker still has to answer: as checker, or as owner of the item. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CheckAnswer> pendingForMe() {
        return answers.findPendingFor(CurrentUser.require().userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CheckAnswer answer(long answerId) {
        CheckAnswer answer = loadAnswer(answerId);
        requireVisible(answer.getCheck(), List.of(answer));
        return answer;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CheckAnswer answer(long answerId, Long expectedVersion, AnswerValues values) {
        CheckAnswer answer = loadAnswer(answerId);
        requireMayAnswer(answer);
        if (expectedVersion != null) {
            StaleRecordException.check(answer, expectedVersion);
        }
        if (values.result() == null) {
            throw RuleViolation.onField("result", "safeguard.answer.error.resultRequired");
        }
        if (values.result() == CheckResult.NOT_APPLICABLE && (values.naReason() == null || values.naReason().isBlank())) {
            throw RuleViolation.onField("naReason", "safeguard.answer.error.reasonRequired");
        }
        UserAccount me = entityManager.find(UserAccount.class, CurrentUser.require().userId());
        answer.answer(values.result(), strip(values.naReason()), strip(values.comment()), me, clock.instant());
        CheckAnswer saved = answers.saveAndFlush(answer);
        if (values.result() == CheckResult.NOT_MET) {
            openFollowUp(saved, values);
        }
        return saved;
    }

    private void openFollowUp(CheckAnswer answer, AnswerValues values) {
        UserAccount owner = values.followUpOwnerId() != null ? entityManager.find(UserAccount.class, values.followUpOwnerId())
                : Objects.requireNonNullElse(answer.getItem().getOwner(), answer.getCheck().getChecker());
        if (owner == null) {
            throw RuleViolation.onField("followUpOwnerId", "safeguard.error.unknownOwner");
        }
        LocalDate due = values.followUpDueDate() != null ? values.followUpDueDate()
                : LocalDate.now(clock).plusDays(settings.followUpDays());
        String description = values.followUpDescription() != null && !values.followUpDescription().isBlank()
                ? values.followUpDescription().strip()
                : answer.getItem().getCode() + " " + answer.getItem().getTextJa()
                        + (answer.getComment() == null ? "" : " — " + answer.getComment());
        FollowUp followUp = followUps.findByAnswer(answer).orElse(null);
        if (followUp != null && followUp.getStatus() == FollowUpStatus.OPEN) {
            return;
        }
        if (followUp == null) {
            followUp = new FollowUp(answer, owner, due, limit(description), clock.instant());
        } else {
            followUp.reopen(owner, due, limit(description));
        }
        FollowUp saved = followUps.save(followUp);
        events.publishEvent(new SafeguardFollowUpOpened(saved.getId(), answer.getItem().getCode(),
                answer.getItem().getClauseRef(), answer.getDepartment().getId(), owner.getId(), due,
                saved.getDescription()));
    }

    /** Open follow-ups: all of them for privacy managers, auditors and top management, else one's own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FollowUp> openFollowUps() {
        MamoriPrincipal caller = CurrentUser.require();
        return seesEverything(caller) ? followUps.findOpen() : followUps.findOpenOwnedBy(caller.userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FollowUp> myFollowUps() {
        return followUps.findOpenOwnedBy(CurrentUser.require().userId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FollowUp completeFollowUp(long followUpId, Long expectedVersion, String note) {
        FollowUp followUp = followUps.findById(followUpId).orElseThrow();
        MamoriPrincipal caller = CurrentUser.require();
        if (followUp.getOwner().getId() != caller.userId() && !caller.hasRole(Role.PRIVACY_MANAGER)) {
            throw new AccessDeniedException("Only the owner or a privacy manager closes a follow-up");
        }
        if (expectedVersion != null) {
            StaleRecordException.check(followUp, expectedVersion);
        }
        if (note == null || note.isBlank()) {
            throw RuleViolation.onField("note", "safeguard.followUp.error.noteRequired");
        }
        followUp.complete(limit(note.strip()), clock.instant());
        FollowUp saved = followUps.saveAndFlush(followUp);
        saved.getAnswer().getItem().getCode();
        return saved;
    }

    /** Whether the caller may answer (and attach evidence to) the answer row. */
    void requireMayAnswer(CheckAnswer answer) {
        MamoriPrincipal caller = CurrentUser.require();
        boolean checker = answer.getCheck().getChecker().getId() == caller.userId();
        boolean owner = answer.getItem().getOwner() != null && answer.getItem().getOwner().getId() == caller.userId();
        if (!checker && !owner && !caller.hasRole(Role.PRIVACY_MANAGER)) {
            throw new AccessDeniedException("Only the checker, the item's owner or a privacy manager answers");
        }
    }

    void requireVisible(OperationalCheck check, List<CheckAnswer> rows) {
        MamoriPrincipal caller = CurrentUser.require();
        if (seesEverything(caller) || check.getChecker().getId() == caller.userId()) {
            return;
        }
        boolean ownsAnItem = rows.stream().anyMatch(a -> a.getItem().getOwner() != null
                && a.getItem().getOwner().getId() == caller.userId());
        if (!ownsAnItem) {
            throw new AccessDeniedException("Not a participant of this check");
        }
    }

    static boolean seesEverything(MamoriPrincipal caller) {
        return caller.hasAnyRole(Role.PRIVACY_MANAGER, Role.AUDITOR, Role.TOP_MANAGEMENT, Role.ADMIN);
    }

    CheckAnswer loadAnswer(long answerId) {
        CheckAnswer answer = answers.findById(answerId).orElseThrow();
        answer.getItem().getHeading().getFramework().getCode();
        answer.getDepartment().getName();
        answer.getCheck().getChecker().getDisplayName();
        if (answer.getItem().getOwner() != null) {
            answer.getItem().getOwner().getDisplayName();
        }
        return answer;
    }

    /** Which (item, department, period) have been asked in any check since a day. */
    Set<AnswerKey> askedSince(LocalDate from) {
        Set<AnswerKey> keys = new HashSet<>();
        for (Object[] row : answers.findKeysEndingFrom(from)) {
            keys.add(new AnswerKey((Long) row[0], (Long) row[1], (LocalDate) row[2]));
        }
        return keys;
    }

    record AnswerKey(long itemId, long departmentId, LocalDate periodStart) {
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String limit(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
