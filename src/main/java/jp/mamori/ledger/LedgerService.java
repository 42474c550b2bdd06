package jp.mamori.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.RecordLabel;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-information ledger: list, read, record, review and retire entries, and their
 * lifecycle risk analysis. Who may do what is the caller's {@link LedgerScope}; every path
 * (screen, API, import) goes through the same checks.
 */
@Service
public class LedgerService {

    private final LedgerEntryRepository entries;
    private final LedgerReviewRepository reviews;
    private final PurposeRepository purposes;
    private final LedgerQueries queries;
    private final LedgerAccess access;
    private final DepartmentService departments;
    private final UserService users;
    private final ConsigneeService consignees;
    private final Validator validator;
    private final Clock clock;
    private final Period reviewInterval;

    @PersistenceContext
    private EntityManager entityManager;

    LedgerService(LedgerEntryRepository entries, LedgerReviewRepository reviews, PurposeRepository purposes,
                  LedgerQueries queries, LedgerAccess access, DepartmentService departments, UserService users,
                  ConsigneeService consignees, Validator validator, Clock clock,
                  @Value("${mamori.ledger.review-interval:P1Y}") String reviewInterval) {
        this.entries = entries;
        this.reviews = reviews;
        this.purposes = purposes;
        this.queries = queries;
        this.access = access;
        this.departments = departments;
        this.users = users;
        this.consignees = consignees;
        this.validator = validator;
        this.clock = clock;
        this.reviewInterval = Period.parse(reviewInterval);
    }

    /** What the signed-in person may see and change. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public LedgerScope scope() {
        return access.current();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LedgerRow> page(LedgerFilter filter, Pageable pageable) {
        LedgerScope scope = access.current();
        scope.requireAny();
        return queries.page(filter, scope, today(), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(LedgerFilter filter) {
        LedgerScope scope = access.current();
        scope.requireAny();
        return queries.count(filter, scope, today());
    }

    /** Entries the person may read whose reference or name contains {@code text}, for pickers in other features. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecordLabel> labels(String text, Pageable pageable) {
        LedgerScope scope = access.current();
        if (!scope.any()) {
            return List.of();
        }
        return queries.page(LedgerFilter.none().withText(text), scope, today(), pageable).stream()
                .map(row -> new RecordLabel(row.id(), row.reference() + " " + row.name()))
                .toList();
    }

    /** The labels of the given entries the caller may read; a missing or hidden id has no label. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecordLabel> labels(Collection<Long> ids) {
        LedgerScope scope = access.current();
        if (ids == null || ids.isEmpty() || !scope.any()) {
            return List.of();
        }
        return entries.findWithPeople(ids).stream()
                .filter(entry -> scope.canRead(entry.getDepartment().getId()))
                .sorted(Comparator.comparing(LedgerEntry::getReference))
                .map(entry -> new RecordLabel(entry.getId(), entry.getReference() + " " + entry.getName()))
                .toList();
    }

    /** The entry with everything the form shows loaded. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public LedgerEntry get(long id) {
        LedgerEntry entry = entries.findById(id).orElseThrow();
        access.current().requireRead(entry.getDepartment().getId());
        return initialised(entry);
    }

    /** A blank draft, due for review one interval from today. */
    @PreAuthorize("isAuthenticated()")
    public LedgerEntry newEntry() {
        LedgerEntry entry = new LedgerEntry();
        entry.setNextReviewDate(today().plus(reviewInterval));
        return entry;
    }

    /**
     * Saves what the form edited: a new entry, or changes to one read earlier. A stale copy is
     * refused ({@link StaleRecordException}) rather than overwriting someone else's change.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public LedgerEntry save(LedgerEntry edited) {
        List<WantedRisk> risks = edited.getRisks().stream().map(risk -> new WantedRisk(risk.getId(), risk)).toList();
        return store(edited.getId(), edited.isNew() ? null : edited.getVersion(), edited, risks);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public LedgerEntry create(LedgerValues values) {
        return store(null, null, values.toEntry(references()), List.of());
    }

    /** Changes the columns of an entry; its risks stay as they are. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public LedgerEntry update(long id, Long expectedVersion, LedgerValues values) {
        return store(id, expectedVersion, values.toEntry(references()), null);
    }

    /** An unsaved copy to start a similar entry from: same columns and risks, a new draft. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public LedgerEntry duplicate(long id) {
        LedgerEntry source = get(id);
        LedgerEntry copy = newEntry();
        copy.copyContentFrom(source);
        source.getConsigneeLinks().forEach(link -> copy.addConsignee(link.getConsignee(), null));
        source.risksInLifecycleOrder().forEach(risk -> copy.addRisk(risk.copy()));
        return copy;
    }

    /** Takes an entry out of use. Entries are never deleted: the ledger's history must stay readable. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public LedgerEntry retire(long id, Long expectedVersion) {
        LedgerEntry entry = editable(id, expectedVersion);
        entry.setStatus(LedgerStatus.RETIRED);
        return initialised(entry);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RiskAssessment> risks(long id) {
        return get(id).risksInLifecycleOrder();
    }

    /** Makes the entry's risks exactly these; a changed assessment needs top management's decision again. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public LedgerEntry saveRisks(long id, Long expectedVersion, List<RiskValues> risks) {
        List<WantedRisk> wanted = risks.stream().map(RiskValues::wanted).toList();
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
        wanted.forEach(risk -> violations.addAll(validator.validate(risk.values())));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        LedgerEntry entry = editable(id, expectedVersion);
        applyRisks(entry, wanted);
        entry.refreshRiskFlag();
        entityManager.lock(entry, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return initialised(entry);
    }

    /** Top management accepts or rejects what is left of a risk; a rejection says why. */
    @PreAuthorize("hasRole('TOP_MANAGEMENT')")
    @Transactional
    public LedgerEntry decide(long entryId, long riskId, Long expectedRiskVersion, RiskDecision decision,
                              String comment) {
        LedgerScope scope = access.current();
        LedgerEntry entry = entries.findById(entryId).orElseThrow();
        scope.requireRead(entry.getDepartment().getId());
        RiskAssessment risk = entry.getRisks().stream().filter(r -> r.getId() == riskId).findFirst().orElseThrow();
        if (expectedRiskVersion != null) {
            StaleRecordException.check(risk, expectedRiskVersion);
        }
        if (decision == null || decision == RiskDecision.PENDING) {
            throw RuleViolation.onField("decision", "ledger.validation.decision");
        }
        if (decision == RiskDecision.REJECTED && (comment == null || comment.isBlank())) {
            throw RuleViolation.onField("comment", "ledger.validation.rejectionComment");
        }
        if (comment != null && comment.length() > RiskAssessment.MAX_DESCRIPTION) {
            throw RuleViolation.onField("comment", "ledger.validation.tooLong", RiskAssessment.MAX_DESCRIPTION);
        }
        risk.decide(decision, scope.userId(), scope.displayName(), today(), comment);
        entry.refreshRiskFlag();
        return initialised(entry);
    }

    /** Records that the entry was reviewed today and moves its next review one interval on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public LedgerEntry review(long id, Long expectedVersion, String notes) {
        LedgerScope scope = access.current();
        LedgerEntry entry = editable(id, expectedVersion);
        if (entry.getStatus() == LedgerStatus.RETIRED) {
            throw new RuleViolation("ledger.error.reviewRetired");
        }
        if (notes != null && notes.length() > LedgerReview.MAX_NOTES) {
            throw RuleViolation.onField("notes", "ledger.validation.tooLong", LedgerReview.MAX_NOTES);
        }
        LocalDate today = today();
        LocalDate next = today.plus(reviewInterval);
        entry.recordReview(today, next);
        reviews.save(new LedgerReview(entry, today, scope.userId(), scope.displayName(), notes, next));
        return initialised(entry);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LedgerReview> reviews(long id) {
        get(id);
        return reviews.findByEntry(id);
    }

    /**
     * What the public notice publishes from the entries in force: the active purposes they use,
     * whether any holds My Number, and those with joint use or third-party provision.
     */
    @PreAuthorize("hasAnyRole('PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')")
    @Transactional(readOnly = true)
    public NoticeFacts noticeFacts() {
        List<Purpose> inUse = entityManager.createQuery("""
                select distinct p from LedgerEntry e join e.purposes p
                where e.status = :active and p.active = true""", Purpose.class)
                .setParameter("active", LedgerStatus.ACTIVE).getResultList().stream()
                .sorted(Comparator.comparing(Purpose::getCategory,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Purpose::getId))
                .toList();
        boolean myNumber = !entityManager.createQuery(
                        "select e.id from LedgerEntry e where e.status = :active and e.myNumber = true", Long.class)
                .setParameter("active", LedgerStatus.ACTIVE).setMaxResults(1).getResultList().isEmpty();
        List<LedgerEntry> shared = entityManager.createQuery("""
                select e from LedgerEntry e where e.status = :active
                and (e.jointUse = true or e.provision.provided = true) order by e.reference""", LedgerEntry.class)
                .setParameter("active", LedgerStatus.ACTIVE).getResultList();
        return new NoticeFacts(inUse, myNumber, shared.stream().filter(LedgerEntry::isJointUse).toList(),
                shared.stream().filter(entry -> entry.getProvision().isProvided()).toList());
    }

    /** The ledger's part of the public notice; see {@link #noticeFacts()}. */
    public record NoticeFacts(List<Purpose> purposes, boolean myNumber, List<LedgerEntry> jointUse,
                              List<LedgerEntry> provided) {
    }

    /** Today in Tokyo, as the ledger counts review dates. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How far a review moves the next review date ({@code mamori.ledger.review-interval}, a year by default). */
    public Period reviewInterval() {
        return reviewInterval;
    }

    /**
     * The one way an entry's columns change. Everything that needs the database is read before
     * the entry is touched, so a refused change never reaches it.
     */
    LedgerEntry store(Long id, Long expectedVersion, LedgerEntry incoming, List<WantedRisk> wantedRisks) {
        LedgerScope scope = access.current();
        LedgerEntry target = id == null ? new LedgerEntry() : editable(id, expectedVersion, scope);
        if (incoming.getDepartment() != null) {
            scope.requireEdit(incoming.getDepartment().getId());
        }
        check(incoming);
        String reference = incoming.getReference() != null ? incoming.getReference()
                : target.getReference() != null ? target.getReference() : newReferences(1, Set.of()).getFirst();
        if (entries.referenceTaken(reference, id)) {
            throw RuleViolation.onField("reference", "ledger.error.referenceTaken", reference);
        }
        Map<Long, Consignee> currentConsignees = addsConsignees(target, incoming)
                ? consignees.selectable().stream().collect(Collectors.toMap(Consignee::getId, Function.identity()))
                : Map.of();
        apply(target, incoming, reference, wantedRisks, currentConsignees, scope);
        if (target.isNew()) {
            entries.save(target);
        } else {
            // Risks and consignee links live in their own rows; the entry's version must still
            // move, or a stale copy could drop a risk someone else has just added.
            entityManager.lock(target, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return initialised(target);
    }

    /**
     * Applies a checked edit to an entry in memory only: no query, so that the import can apply
     * thousands of rows without the persistence context being flushed in between.
     *
     * @param wantedRisks the risks the entry must have, or null to leave them alone
     * @param currentConsignees consignees as they stand now, by id, for those newly linked
     */
    void apply(LedgerEntry target, LedgerEntry incoming, String reference, List<WantedRisk> wantedRisks,
               Map<Long, Consignee> currentConsignees, LedgerScope scope) {
        if (wantedRisks != null) {
            applyRisks(target, wantedRisks);
        }
        target.copyContentFrom(incoming);
        target.setReference(reference);
        target.setStatus(incoming.getStatus());
        target.setNextReviewDate(incoming.getNextReviewDate());
        target.linkConsignees(incoming.getConsigneeLinks());
        recordOverrides(target, currentConsignees, scope);
        target.refreshRiskFlag();
    }

    /** Stores a new entry that {@link #apply} filled. */
    void persist(LedgerEntry entry) {
        entries.save(entry);
    }

    /** Fresh references (L-00042) from the sequence, skipping any already used or in {@code alsoTaken} (lower case). */
    List<String> newReferences(int count, Set<String> alsoTaken) {
        List<String> result = new ArrayList<>(count);
        while (result.size() < count) {
            List<String> candidates = entries.nextReferenceNumbers(count - result.size()).stream()
                    .map(number -> String.format("L-%05d", number)).toList();
            Set<String> taken = new HashSet<>(entries.takenReferences(
                    candidates.stream().map(reference -> reference.toLowerCase(Locale.ROOT)).toList()));
            candidates.stream()
                    .filter(reference -> !taken.contains(reference.toLowerCase(Locale.ROOT))
                            && !alsoTaken.contains(reference.toLowerCase(Locale.ROOT)))
                    .forEach(result::add);
        }
        return result;
    }

    private LedgerEntry editable(long id, Long expectedVersion) {
        return editable(id, expectedVersion, access.current());
    }

    private LedgerEntry editable(long id, Long expectedVersion, LedgerScope scope) {
        LedgerEntry entry = entries.findById(id).orElseThrow();
        scope.requireEdit(entry.getDepartment().getId());
        if (expectedVersion != null) {
            StaleRecordException.check(entry, expectedVersion);
        }
        return entry;
    }

    private void check(LedgerEntry incoming) {
        Set<ConstraintViolation<LedgerEntry>> violations = validator.validate(incoming);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        LedgerRules.problems(incoming).stream().findFirst().ifPresent(problem -> {
            throw RuleViolation.onField(problem.field(), problem.messageKey());
        });
    }

    private static boolean addsConsignees(LedgerEntry target, LedgerEntry incoming) {
        Set<Long> linked = new HashSet<>();
        target.getConsigneeLinks().forEach(link -> linked.add(link.getConsignee().getId()));
        return incoming.getConsigneeLinks().stream().anyMatch(link -> !linked.contains(link.getConsignee().getId()));
    }

    /**
     * A consignee that may not receive new work is linked only by a privacy manager who says
     * why; the link then records who and when. Links that already existed are left alone.
     */
    private void recordOverrides(LedgerEntry target, Map<Long, Consignee> current, LedgerScope scope) {
        for (ConsigneeLink link : target.getConsigneeLinks()) {
            if (link.getId() != null) {
                continue;
            }
            Consignee consignee = current.getOrDefault(link.getConsignee().getId(), link.getConsignee());
            if (consignee.acceptsNewConsignment()) {
                link.clearOverride();
            } else if (link.getOverrideReason() == null) {
                throw RuleViolation.onField("consignees", "ledger.error.consigneeNeedsOverride", consignee.getName());
            } else if (!scope.mayOverrideConsigneeStatus()) {
                throw RuleViolation.onField("consignees", "ledger.error.overrideNotAllowed", consignee.getName());
            } else if (link.getOverrideReason().length() > ConsigneeLink.MAX_REASON) {
                throw RuleViolation.onField("consignees", "ledger.validation.tooLong", ConsigneeLink.MAX_REASON);
            } else {
                link.recordOverride(scope.username(), clock.instant());
            }
        }
    }

    /** Applies the wanted risks; a decision survives only on an assessment that did not change. */
    private static void applyRisks(LedgerEntry target, List<WantedRisk> wanted) {
        Map<Long, RiskAssessment> before = new HashMap<>();
        for (RiskAssessment risk : target.getRisks()) {
            RiskAssessment snapshot = risk.copy();
            snapshot.copyDecisionFrom(risk);
            before.put(risk.getId(), snapshot);
        }
        for (WantedRisk risk : wanted) {
            if (risk.id() != null && !before.containsKey(risk.id())) {
                throw RuleViolation.onField("risks", "ledger.error.unknownRisk", risk.id());
            }
        }
        target.replaceRisks(wanted);
        for (RiskAssessment risk : target.getRisks()) {
            RiskAssessment previous = risk.getId() == null ? null : before.get(risk.getId());
            if (previous == null || !risk.sameAssessmentAs(previous)) {
                risk.clearDecision();
            }
        }
    }

    private LedgerValues.References references() {
        Map<Long, Department> departmentsById = departments.list().stream()
                .collect(Collectors.toMap(Department::getId, Function.identity()));
        Map<Long, UserAccount> usersById = users.activeUsers().stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        Map<Long, Consignee> consigneesById = new HashMap<>();
        return new LedgerValues.References() {
            @Override
            public Department department(long id) {
                Department department = departmentsById.get(id);
                if (department == null) {
                    throw RuleViolation.onField("departmentId", "ledger.error.unknownDepartmentId", id);
                }
                return department;
            }

            @Override
            public UserAccount user(long id) {
                UserAccount user = usersById.get(id);
                if (user == null) {
                    throw RuleViolation.onField("ownerId", "ledger.error.unknownOwnerId", id);
                }
                return user;
            }

            @Override
            public Purpose purpose(long id) {
                return purposes.findById(id).orElseThrow(
                        () -> RuleViolation.onField("purposeIds", "ledger.error.unknownPurposeId", id));
            }

            @Override
            public Consignee consignee(long id) {
                if (consigneesById.isEmpty()) {
                    consignees.selectable().forEach(consignee -> consigneesById.put(consignee.getId(), consignee));
                }
                Consignee consignee = consigneesById.get(id);
                if (consignee == null) {
                    throw RuleViolation.onField("consignees", "ledger.error.unknownConsigneeId", id);
                }
                return consignee;
            }
        };
    }

    static LedgerEntry initialised(LedgerEntry entry) {
        entry.getDepartment().getName();
        if (entry.getOwner() != null) {
            entry.getOwner().getDisplayName();
        }
        entry.getPurposes().size();
        entry.getAccessDepartments().forEach(Department::getName);
        entry.getAccessRoles().size();
        entry.getConsigneeLinks().forEach(link -> link.getConsignee().getName());
        entry.getRisks().size();
        return entry;
    }

    /** For the import: entries by lower-case reference, with what an edit touches already loaded. */
    Map<String, LedgerEntry> byReference(Set<String> lowerReferences) {
        Map<String, LedgerEntry> found = new HashMap<>();
        List<String> all = new ArrayList<>(lowerReferences);
        for (int from = 0; from < all.size(); from += 1000) {
            entries.findByLowerReferences(all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(entry -> found.put(entry.getReference().toLowerCase(Locale.ROOT), entry));
        }
        return found;
    }
}
