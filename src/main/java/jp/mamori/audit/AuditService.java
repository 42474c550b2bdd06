package jp.mamori.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.safeguard.SafeguardFramework;
import jp.mamori.safeguard.SafeguardItem;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit programme and the conduct of each audit: auditors plan audits (never of their own
 * department), the audit team works through the checklist, the lead auditor issues the report
 * and the audited department's manager acknowledges it.
 */
@Service
public class AuditService {

    private final AuditRepository audits;
    private final ChecklistItemRepository checklist;
    private final FindingRepository findings;
    private final AuditEvidenceRepository evidence;
    private final SafeguardCatalogueService catalogue;
    private final AuditLookup lookup;
    private final AuditSettings settings;
    private final Clock clock;

    AuditService(AuditRepository audits, ChecklistItemRepository checklist, FindingRepository findings,
                 AuditEvidenceRepository evidence, SafeguardCatalogueService catalogue, AuditLookup lookup,
                 AuditSettings settings, Clock clock) {
        this.evidence = evidence;
        this.audits = audits;
        this.checklist = checklist;
        this.findings = findings;
        this.catalogue = catalogue;
        this.lookup = lookup;
        this.settings = settings;
        this.clock = clock;
    }

    /** The audits of a fiscal year the caller may see, by planned date. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Audit> programme(int fiscalYear) {
        MamoriPrincipal caller = CurrentUser.require();
        List<Audit> list = audits.findByFiscalYearOrderByPlannedDateAscIdAsc(fiscalYear).stream()
                .filter(audit -> AuditAccess.mayView(audit, caller))
                .toList();
        list.forEach(AuditService::initialise);
        return list;
    }

    /** The fiscal years that have audits, and the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Integer> fiscalYears() {
        Set<Integer> years = new TreeSet<>(audits.findFiscalYears());
        years.add(currentFiscalYear());
        return List.copyOf(years);
    }

    public int currentFiscalYear() {
        return settings.fiscalYearOf(LocalDate.now(clock));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Audit get(long id) {
        Audit audit = audits.findById(id).orElseThrow();
        AuditAccess.requireVisible(audit);
        initialise(audit);
        return audit;
    }

    /** Plans a new audit ({@code id} null) or changes the plan of one not yet reported. */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public Audit plan(Long id, Long expectedVersion, AuditPlan plan) {
        Audit audit = id == null ? new Audit() : audits.findById(id).orElseThrow();
        if (id != null) {
            if (expectedVersion != null) {
                StaleRecordException.check(audit, expectedVersion);
            }
            requireOpen(audit);
        }
        if (plan.kind() == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        if (plan.plannedDate() == null) {
            throw RuleViolation.onField("plannedDate", "audit.error.plannedDateRequired");
        }
        Set<Department> departments = new LinkedHashSet<>();
        for (Long departmentId : plan.departmentIds() == null ? Set.<Long>of() : plan.departmentIds()) {
            departments.add(lookup.activeDepartment(departmentId, "departmentIds"));
        }
        String processName = Texts.strip(plan.processName());
        if (plan.kind() == AuditKind.DEPARTMENT && departments.size() != 1) {
            throw RuleViolation.onField("departmentIds", "audit.error.oneDepartment");
        }
        if (plan.kind() == AuditKind.PROCESS) {
            if (processName == null) {
                throw RuleViolation.onField("processName", "audit.error.processNameRequired");
            }
            if (departments.isEmpty()) {
                throw RuleViolation.onField("departmentIds", "audit.error.departmentsRequired");
            }
        }
        if (plan.leadAuditorId() == null) {
            throw RuleViolation.onField("leadAuditorId", "audit.error.leadRequired");
        }
        UserAccount lead = lookup.activeUser(plan.leadAuditorId(), "leadAuditorId");
        Set<UserAccount> team = new HashSet<>();
        for (Long auditorId : plan.auditorIds() == null ? Set.<Long>of() : plan.auditorIds()) {
            team.add(lookup.activeUser(auditorId, "auditorIds"));
        }
        team.remove(lead);
        AuditorIndependence.check(lead, team, departments);
        audit.plan(settings.fiscalYearOf(plan.plannedDate()), plan.kind(), Texts.limit(processName, 200), departments,
                plan.plannedDate(), lead, team, Texts.limit(Texts.strip(plan.scope()), 2000),
                Texts.limit(Texts.strip(plan.criteria()), 2000));
        Audit saved = audits.saveAndFlush(audit);
        initialise(saved);
        return saved;
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public Audit cancel(long id, Long expectedVersion, String reason) {
        Audit audit = audits.findById(id).orElseThrow();
        if (expectedVersion != null) {
            StaleRecordException.check(audit, expectedVersion);
        }
        if (audit.getStatus() != AuditStatus.PLANNED) {
            throw new RuleViolation("audit.error.cancelOnlyPlanned");
        }
        audit.cancel(Texts.limit(Texts.required(reason, "reason", "audit.error.cancelReasonRequired"), 1000));
        Audit saved = audits.saveAndFlush(audit);
        initialise(saved);
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChecklistItem> checklist(long auditId) {
        Audit audit = audits.findById(auditId).orElseThrow();
        AuditAccess.requireVisible(audit);
        return checklist.findByAuditOrderBySortOrderAscIdAsc(audit);
    }

    /**
     * Adds safeguard catalogue items, by code, with their clause reference. Items already on
     * the checklist are skipped, so the same selection may be sent twice.
     */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public List<ChecklistItem> addSafeguardItems(long auditId, List<String> codes) {
        Audit audit = openAuditForTeam(auditId);
        Map<String, SafeguardItem> byCode = new HashMap<>();
        for (SafeguardFramework framework : catalogue.frameworks()) {
            catalogue.items(framework.getId()).forEach(item -> byCode.put(item.getCode(), item));
        }
        int order = checklist.findHighestSortOrder(audit);
        List<ChecklistItem> added = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes == null ? List.<String>of() : codes)) {
            SafeguardItem item = byCode.get(code == null ? "" : code.strip());
            if (item == null) {
                throw RuleViolation.onField("safeguardCodes", "audit.checklist.error.unknownCode", code);
            }
            if (!checklist.existsByAuditAndSafeguardCode(audit, item.getCode())) {
                added.add(checklist.saveAndFlush(new ChecklistItem(audit, ++order, ChecklistSource.SAFEGUARD, item.getCode(),
                        item.getClauseRef(), item.getTextJa())));
            }
        }
        return added;
    }

    /** Adds a question on a clause of the standard, e.g. "A.3.4.3.2 安全管理措置". */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public ChecklistItem addClause(long auditId, ClauseQuestion clause) {
        Audit audit = openAuditForTeam(auditId);
        String reference = Texts.limit(Texts.required(clause.clauseRef(), "clauseRef",
                "audit.checklist.error.clauseRequired"), 200);
        String text = Texts.strip(clause.question());
        return checklist.saveAndFlush(new ChecklistItem(audit, checklist.findHighestSortOrder(audit) + 1,
                ChecklistSource.CLAUSE, null, reference, Texts.limit(text == null ? reference : text, 2000)));
    }

    /** Adds catalogue items and clauses in one go: all of them, or none when one is refused. */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public List<ChecklistItem> extendChecklist(long auditId, List<String> codes, List<ClauseQuestion> clauses) {
        List<ChecklistItem> added = new ArrayList<>(addSafeguardItems(auditId, codes));
        for (ClauseQuestion clause : clauses == null ? List.<ClauseQuestion>of() : clauses) {
            added.add(addClause(auditId, clause));
        }
        return added;
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public void removeChecklistItem(long itemId) {
        ChecklistItem item = checklist.findById(itemId).orElseThrow();
        openAuditForTeam(item.getAudit().getId());
        if (item.isAnswered() || findings.existsByChecklistItem(item) || evidence.existsByChecklistItemId(itemId)) {
            throw new RuleViolation("audit.checklist.error.answered");
        }
        checklist.delete(item);
    }

    /** Records the team's answer; the first answer marks the audit as being conducted. */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public ChecklistItem answer(long itemId, Long expectedVersion, ChecklistAnswer answer, String notes,
                                String evidence) {
        ChecklistItem item = checklist.findById(itemId).orElseThrow();
        Audit audit = openAuditForTeam(item.getAudit().getId());
        if (expectedVersion != null) {
            StaleRecordException.check(item, expectedVersion);
        }
        if (answer == null) {
            throw RuleViolation.onField("answer", "audit.checklist.error.answerRequired");
        }
        String note = Texts.limit(Texts.strip(notes), 2000);
        if (answer != ChecklistAnswer.CONFORM && note == null) {
            throw RuleViolation.onField("notes", "audit.checklist.error.notesRequired");
        }
        item.answer(answer, note, Texts.limit(Texts.strip(evidence), 2000), lookup.me(), clock.instant());
        audit.start(LocalDate.now(clock));
        ChecklistItem saved = checklist.saveAndFlush(item);
        if (saved.getAnsweredBy() != null) {
            saved.getAnsweredBy().getDisplayName();
        }
        return saved;
    }

    /**
     * Issues the report: only the lead auditor, once every question is answered and every
     * "nonconform" answer has its finding. The checklist and findings are locked afterwards.
     */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public Audit issueReport(long id, Long expectedVersion, LocalDate conductedOn, String conclusion) {
        Audit audit = audits.findById(id).orElseThrow();
        if (expectedVersion != null) {
            StaleRecordException.check(audit, expectedVersion);
        }
        requireOpen(audit);
        if (audit.getLeadAuditor().getId() != CurrentUser.require().userId()) {
            throw new RuleViolation("audit.error.notLead", audit.getLeadAuditor().getDisplayName());
        }
        String text = Texts.limit(Texts.required(conclusion, "conclusion", "audit.error.conclusionRequired"), 4000);
        List<ChecklistItem> items = checklist.findByAuditOrderBySortOrderAscIdAsc(audit);
        if (items.isEmpty()) {
            throw new RuleViolation("audit.error.checklistEmpty");
        }
        List<String> unanswered = items.stream().filter(i -> !i.isAnswered()).map(ChecklistItem::reference).toList();
        if (!unanswered.isEmpty()) {
            throw new RuleViolation("audit.error.unanswered", unanswered.size(), String.join("、", unanswered));
        }
        Set<Long> withFinding = findings.findByAuditOrderByIdAsc(audit).stream()
                .filter(f -> f.getChecklistItem() != null).map(f -> f.getChecklistItem().getId())
                .collect(Collectors.toSet());
        List<String> withoutFinding = items.stream()
                .filter(i -> i.getAnswer() == ChecklistAnswer.NONCONFORM && !withFinding.contains(i.getId()))
                .map(ChecklistItem::reference).toList();
        if (!withoutFinding.isEmpty()) {
            throw new RuleViolation("audit.error.nonconformWithoutFinding", String.join("、", withoutFinding));
        }
        LocalDate conducted = conductedOn != null ? conductedOn
                : audit.getConductedOn() != null ? audit.getConductedOn() : LocalDate.now(clock);
        if (conducted.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("conductedOn", "audit.error.conductedInFuture");
        }
        audit.report(conducted, text, lookup.me(), clock.instant());
        Audit saved = audits.saveAndFlush(audit);
        initialise(saved);
        return saved;
    }

    /** The audited department's manager confirms having received the report. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Audit acknowledge(long id, Long expectedVersion, String comment) {
        Audit audit = audits.findById(id).orElseThrow();
        AuditAccess.requireVisible(audit);
        if (expectedVersion != null) {
            StaleRecordException.check(audit, expectedVersion);
        }
        if (audit.getStatus() != AuditStatus.REPORTED) {
            throw new RuleViolation("audit.error.notReported");
        }
        if (!audit.isManagedBy(CurrentUser.require().userId())) {
            throw new RuleViolation("audit.error.notManager", audit.subject());
        }
        audit.acknowledge(lookup.me(), clock.instant(), Texts.limit(Texts.strip(comment), 2000));
        Audit saved = audits.saveAndFlush(audit);
        initialise(saved);
        return saved;
    }

    /** The audit, open and worked on by the caller's team; used by findings as well. */
    Audit openAuditForTeam(long auditId) {
        Audit audit = audits.findById(auditId).orElseThrow();
        requireOpen(audit);
        if (!audit.isTeamMember(CurrentUser.require().userId())) {
            throw new RuleViolation("audit.error.notTeamMember",
                    audit.team().stream().map(UserAccount::getDisplayName).collect(Collectors.joining("、")));
        }
        return audit;
    }

    private static void requireOpen(Audit audit) {
        if (!audit.getStatus().isOpen()) {
            throw new RuleViolation("audit.error.locked");
        }
    }

    static void initialise(Audit audit) {
        audit.getDepartments().forEach(d -> {
            if (d.getManager() != null) {
                d.getManager().getDisplayName();
            }
        });
        audit.getLeadAuditor().getDisplayName();
        audit.getAuditors().forEach(UserAccount::getDisplayName);
        if (audit.getReportedBy() != null) {
            audit.getReportedBy().getDisplayName();
        }
        if (audit.getAcknowledgedBy() != null) {
            audit.getAcknowledgedBy().getDisplayName();
        }
    }
}
