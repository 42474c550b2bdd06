package jp.mamori.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.safeguard.FollowUp;
import jp.mamori.safeguard.OperationalCheckService;
import jp.mamori.safeguard.SafeguardFollowUpOpened;
import jp.mamori.shared.RecordLabel;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.persistence.Like;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective actions and their lifecycle. The owner (or a privacy manager) moves an action
 * through correction, root-cause analysis, planning and implementation; a privacy manager or
 * an auditor who is neither the owner nor the implementer verifies effectiveness, which
 * closes it or sends it back to planning. Every step is written to the immutable timeline.
 */
@Service
public class CorrectiveActionService {

    private final CorrectiveActionRepository actions;
    private final ActionTransitionRepository transitions;
    private final OperationalCheckService checks;
    private final AuditLookup lookup;
    private final AuditSettings settings;
    private final Messages messages;
    private final Clock clock;

    CorrectiveActionService(CorrectiveActionRepository actions, ActionTransitionRepository transitions,
                            OperationalCheckService checks, AuditLookup lookup, AuditSettings settings,
                            Messages messages, Clock clock) {
        this.actions = actions;
        this.transitions = transitions;
        this.checks = checks;
        this.lookup = lookup;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<CorrectiveAction> page(ActionFilter filter, Pageable pageable) {
        Page<CorrectiveAction> page = actions.findAll(matching(filter), pageable);
        page.forEach(CorrectiveActionService::initialise);
        return page;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(ActionFilter filter) {
        return actions.count(matching(filter));
    }

    /** Actions the person may see whose title contains {@code text}, for pickers in other features. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecordLabel> labels(String text, Pageable pageable) {
        Specification<CorrectiveAction> titled = (root, query, cb) -> text == null || text.isBlank() ? cb.conjunction()
                : cb.like(cb.lower(root.get("title")), Like.contains(text), Like.ESCAPE);
        return actions.findAll(matching(ActionFilter.all()).and(titled), pageable).map(CorrectiveActionService::label)
                .toList();
    }

    /** The labels of the given actions that exist and the person may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecordLabel> labels(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Specification<CorrectiveAction> listed = (root, query, cb) -> root.get("id").in(ids);
        return actions.findAll(matching(ActionFilter.all()).and(listed)).stream().map(CorrectiveActionService::label)
                .toList();
    }

    private static RecordLabel label(CorrectiveAction action) {
        return new RecordLabel(action.getId(), "#" + action.getId() + " " + action.getTitle());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CorrectiveAction get(long id) {
        CorrectiveAction action = actions.findById(id).orElseThrow();
        AuditAccess.requireVisible(action);
        initialise(action);
        return action;
    }

    /** The timeline, oldest step first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionTransition> timeline(long id) {
        CorrectiveAction action = actions.findById(id).orElseThrow();
        AuditAccess.requireVisible(action);
        return transitions.findByActionOrderByActedAtAscIdAsc(action);
    }

    /** Raises an action after an incident or for another cause. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public CorrectiveAction raise(RaiseRequest request) {
        if (request.source() != ActionSource.INCIDENT && request.source() != ActionSource.OTHER) {
            throw RuleViolation.onField("source", "correctiveAction.error.sourceNotRaisable");
        }
        if (request.source() == ActionSource.INCIDENT && request.incidentId() == null) {
            throw RuleViolation.onField("incidentId", "correctiveAction.error.incidentRequired");
        }
        String title = Texts.limit(Texts.required(request.title(), "title", "correctiveAction.error.titleRequired"), 300);
        String description = Texts.limit(Texts.required(request.description(), "description",
                "correctiveAction.error.descriptionRequired"), 4000);
        UserAccount owner = lookup.activeUser(request.ownerId(), "ownerId");
        Department department = request.departmentId() == null ? null
                : lookup.activeDepartment(request.departmentId(), "departmentId");
        LocalDate due = dueDateOrDefault(request.dueDate(), "dueDate");
        CorrectiveAction action = new CorrectiveAction(request.source(), title, description,
                Texts.limit(Texts.strip(request.clauseRef()), 200), department, owner, due, clock.instant(),
                CurrentUser.usernameOrSystem());
        action.linkIncident(request.source() == ActionSource.INCIDENT ? request.incidentId() : null);
        return opened(action, null);
    }

    /** A nonconformity's corrective action, raised with the finding: the owner acts, by default the department's manager. */
    CorrectiveAction raiseForFinding(Finding finding, Long ownerId, LocalDate dueDate) {
        UserAccount owner = ownerId != null ? lookup.activeUser(ownerId, "actionOwnerId") : finding.getDepartment().getManager();
        if (owner == null || !owner.isActive()) {
            throw RuleViolation.onField("actionOwnerId", "finding.error.ownerRequired", finding.getDepartment().getName());
        }
        CorrectiveAction action = new CorrectiveAction(ActionSource.FINDING,
                Texts.limit(messages.get(Messages.JAPANESE, "correctiveAction.title.finding",
                        messages.label(Messages.JAPANESE, finding.getGrade()), finding.getClauseRef(),
                        finding.getDepartment().getName()), 300),
                finding.getDescription(), finding.getClauseRef(), finding.getDepartment(), owner,
                dueDateOrDefault(dueDate, "actionDueDate"), clock.instant(), CurrentUser.usernameOrSystem());
        action.linkFinding(finding);
        return opened(action, messages.get(Messages.JAPANESE, "correctiveAction.raised.finding", finding.reference()));
    }

    /** Takes over a follow-up the safeguard module opened for an unmet item, unless one already runs for it. */
    @Transactional
    void adopt(SafeguardFollowUpOpened event) {
        if (actions.findRunningForFollowUp(event.followUpId()).isPresent()) {
            return;
        }
        Department department = lookup.reference(Department.class, event.departmentId());
        UserAccount owner = lookup.reference(UserAccount.class, event.ownerId());
        adopt(event.followUpId(), event.itemCode(), event.clauseRef(), department, owner, event.dueDate(),
                event.description());
    }

    /** Adopts the follow-ups opened before this module listened, or while it was down. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public int adoptOpenFollowUps() {
        int adopted = 0;
        for (FollowUp followUp : checks.openFollowUps()) {
            if (actions.findRunningForFollowUp(followUp.getId()).isEmpty()) {
                adopt(followUp.getId(), followUp.getAnswer().getItem().getCode(),
                        followUp.getAnswer().getItem().getClauseRef(), followUp.getAnswer().getDepartment(),
                        followUp.getOwner(), followUp.getDueDate(), followUp.getDescription());
                adopted++;
            }
        }
        return adopted;
    }

    private void adopt(long followUpId, String itemCode, String clauseRef, Department department, UserAccount owner,
                       LocalDate dueDate, String description) {
        CorrectiveAction action = new CorrectiveAction(ActionSource.SAFEGUARD_FOLLOW_UP,
                Texts.limit(messages.get(Messages.JAPANESE, "correctiveAction.title.followUp", itemCode,
                        department.getName()), 300),
                Texts.limit(description, 4000), Texts.limit(clauseRef, 200), department, owner, dueDate,
                clock.instant(), CurrentUser.usernameOrSystem());
        action.linkFollowUp(followUpId);
        opened(action, messages.get(Messages.JAPANESE, "correctiveAction.raised.followUp", itemCode));
    }

    /**
     * Moves the action to {@code request.to()}. Refused, with the reason, when the step does
     * not follow the current one (root cause cannot be skipped, nothing closes without
     * verification), when what the step produced is missing, or when the caller may not take it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CorrectiveAction transition(long id, TransitionRequest request) {
        CorrectiveAction action = actions.findById(id).orElseThrow();
        AuditAccess.requireVisible(action);
        if (request.version() != null) {
            StaleRecordException.check(action, request.version());
        }
        CorrectiveActionStatus from = action.getStatus();
        CorrectiveActionStatus to = request.to();
        if (to == null) {
            throw RuleViolation.onField("to", "correctiveAction.error.targetRequired");
        }
        requireAllowed(action, from, to);
        MamoriPrincipal caller = CurrentUser.require();
        if (from.isVerification()) {
            requireIndependentVerifier(action, caller);
        } else {
            requireOwnerOrManager(action, caller);
        }
        UserAccount me = lookup.me();
        Instant now = clock.instant();
        String detail;
        LocalDate due = null;
        UserAccount owner = null;
        switch (from) {
            case IMMEDIATE_CORRECTION -> {
                detail = step(request.immediateCorrection(), "immediateCorrection");
                action.recordImmediateCorrection(detail);
            }
            case ROOT_CAUSE_ANALYSIS -> {
                detail = step(request.rootCause(), "rootCause");
                action.recordRootCause(detail);
            }
            case PLANNING -> {
                detail = step(request.plan(), "plan");
                owner = request.ownerId() == null ? action.getOwner() : lookup.activeUser(request.ownerId(), "ownerId");
                due = request.dueDate();
                if (due == null) {
                    throw RuleViolation.onField("dueDate", "correctiveAction.error.dueDateRequired");
                }
                if (due.isBefore(LocalDate.now(clock))) {
                    throw RuleViolation.onField("dueDate", "correctiveAction.error.dueInPast");
                }
                action.recordPlan(detail, owner, due);
            }
            case IMPLEMENTATION -> {
                detail = step(request.implementation(), "implementation");
                action.recordImplementation(detail, me, now);
            }
            case VERIFICATION -> {
                detail = step(request.verification(), "verification");
                action.recordVerification(detail, me, now, to == CorrectiveActionStatus.CLOSED);
            }
            default -> throw new IllegalStateException("No step leaves " + from);
        }
        action.moveTo(to);
        CorrectiveAction saved = actions.saveAndFlush(action);
        transitions.save(new ActionTransition(saved, from, to, now, me, actorName(), Texts.limit(
                Texts.strip(request.comment()), 2000), detail, due, owner));
        if (to == CorrectiveActionStatus.CLOSED) {
            closed(saved, detail, now);
        }
        initialise(saved);
        return saved;
    }

    private void requireAllowed(CorrectiveAction action, CorrectiveActionStatus from, CorrectiveActionStatus to) {
        if (from == CorrectiveActionStatus.CLOSED) {
            throw new RuleViolation("correctiveAction.error.closed", action.reference());
        }
        if (from.canMoveTo(to)) {
            return;
        }
        if (to == CorrectiveActionStatus.CLOSED) {
            throw RuleViolation.onField("to", "correctiveAction.error.closeWithoutVerification");
        }
        if (from.ordinal() < CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS.ordinal()
                && to.ordinal() > CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS.ordinal()) {
            throw RuleViolation.onField("to", "correctiveAction.error.rootCauseSkipped");
        }
        throw RuleViolation.onField("to", "correctiveAction.error.transition", label(from.labelKey()),
                label(to.labelKey()), label("correctiveAction.next." + from.name()));
    }

    private static void requireOwnerOrManager(CorrectiveAction action, MamoriPrincipal caller) {
        if (action.getOwner().getId() != caller.userId() && !caller.hasRole(Role.PRIVACY_MANAGER)) {
            throw new RuleViolation("correctiveAction.error.notOwner", action.getOwner().getDisplayName());
        }
    }

    private static void requireIndependentVerifier(CorrectiveAction action, MamoriPrincipal caller) {
        if (!caller.hasAnyRole(Role.PRIVACY_MANAGER, Role.AUDITOR)) {
            throw new RuleViolation("correctiveAction.error.verifierRole");
        }
        if (action.getOwner().getId() == caller.userId()) {
            throw new RuleViolation("correctiveAction.error.ownVerification", action.getOwner().getDisplayName());
        }
        if (action.getImplementedBy() != null && action.getImplementedBy().getId() == caller.userId()) {
            throw new RuleViolation("correctiveAction.error.implementerVerification",
                    action.getImplementedBy().getDisplayName());
        }
    }

    /** An effective action closes its finding and completes the follow-up it adopted. */
    private void closed(CorrectiveAction action, String verification, Instant at) {
        String note = Texts.limit(messages.get(Messages.JAPANESE, "correctiveAction.closedNote", action.reference(),
                verification), 2000);
        if (action.getFinding() != null) {
            action.getFinding().close(note, at);
        }
        if (action.getFollowUpId() != null) {
            SystemActor.run(() -> checks.openFollowUps().stream()
                    .filter(followUp -> followUp.getId().equals(action.getFollowUpId()))
                    .findFirst()
                    .ifPresent(followUp -> checks.completeFollowUp(followUp.getId(), null, note)));
        }
    }

    /** Adopted follow-ups keep their due date even when already past: it is the safeguard module's, and overdue. */
    private CorrectiveAction opened(CorrectiveAction action, String comment) {
        CorrectiveAction saved = actions.saveAndFlush(action);
        if (saved.getFinding() != null) {
            saved.getFinding().correctionStarted();
        }
        transitions.save(new ActionTransition(saved, null, CorrectiveActionStatus.IMMEDIATE_CORRECTION,
                saved.getRaisedAt(), lookup.me(), actorName(), comment, saved.getDescription(), saved.getDueDate(),
                saved.getOwner()));
        initialise(saved);
        return saved;
    }

    private LocalDate dueDateOrDefault(LocalDate dueDate, String field) {
        LocalDate today = LocalDate.now(clock);
        if (dueDate != null && dueDate.isBefore(today)) {
            throw RuleViolation.onField(field, "correctiveAction.error.dueInPast");
        }
        return dueDate != null ? dueDate : today.plusDays(settings.actionDays());
    }

    private static String step(String text, String field) {
        return Texts.limit(Texts.required(text, field, "correctiveAction.error." + field + "Required"), 4000);
    }

    private static String actorName() {
        return CurrentUser.get().map(MamoriPrincipal::username).orElse(SystemActor.USERNAME);
    }

    /** A message argument translated in the reader's language when the refusal is shown. */
    private static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static Specification<CorrectiveAction> matching(ActionFilter filter) {
        MamoriPrincipal caller = CurrentUser.require();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.runningOnly()) {
                predicates.add(cb.notEqual(root.get("status"), CorrectiveActionStatus.CLOSED));
            }
            if (filter.mineOnly() || !AuditAccess.seesEverything(caller)) {
                predicates.add(cb.equal(root.get("owner").get("id"), caller.userId()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static void initialise(CorrectiveAction action) {
        action.getOwner().getDisplayName();
        if (action.getDepartment() != null) {
            action.getDepartment().getName();
        }
        if (action.getFinding() != null) {
            action.getFinding().getAudit().getId();
        }
        Optional.ofNullable(action.getImplementedBy()).ifPresent(UserAccount::getDisplayName);
        Optional.ofNullable(action.getVerifiedBy()).ifPresent(UserAccount::getDisplayName);
    }
}
