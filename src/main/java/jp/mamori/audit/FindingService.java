package jp.mamori.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of audits. Recording a nonconformity raises its corrective action in the same step,
 * so a nonconformity never exists without one; it closes when that action is verified
 * effective. Observations and opportunities for improvement are closed with a note.
 */
@Service
public class FindingService {

    private final FindingRepository findings;
    private final ChecklistItemRepository checklist;
    private final CorrectiveActionRepository actions;
    private final AuditRepository audits;
    private final AuditService auditService;
    private final CorrectiveActionService actionService;
    private final AuditLookup lookup;
    private final Clock clock;

    FindingService(FindingRepository findings, ChecklistItemRepository checklist, CorrectiveActionRepository actions,
                   AuditRepository audits, AuditService auditService, CorrectiveActionService actionService,
                   AuditLookup lookup, Clock clock) {
        this.findings = findings;
        this.checklist = checklist;
        this.actions = actions;
        this.audits = audits;
        this.auditService = auditService;
        this.actionService = actionService;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** A finding and, for a nonconformity, its corrective action. */
    public record Entry(Finding finding, CorrectiveAction action) {
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public Entry record(long auditId, FindingValues values) {
        Audit audit = auditService.openAuditForTeam(auditId);
        ChecklistItem item = null;
        if (values.checklistItemId() != null) {
            item = checklist.findById(values.checklistItemId())
                    .filter(found -> found.getAudit().getId().equals(audit.getId()))
                    .orElseThrow(() -> RuleViolation.onField("checklistItemId", "finding.error.unknownChecklistItem"));
        }
        if (values.grade() == null) {
            throw RuleViolation.onField("grade", "finding.error.gradeRequired");
        }
        String clause = Texts.strip(values.clauseRef());
        if (clause == null && item != null) {
            clause = item.getClauseRef();
        }
        if (clause == null) {
            throw RuleViolation.onField("clauseRef", "finding.error.clauseRequired");
        }
        String description = Texts.required(values.description(), "description", "finding.error.descriptionRequired");
        String evidence = Texts.required(values.evidence(), "evidence", "finding.error.evidenceRequired");
        Department department = values.departmentId() == null && audit.getDepartments().size() == 1
                ? audit.getDepartments().iterator().next()
                : lookup.activeDepartment(values.departmentId(), "departmentId");
        if (!audit.getDepartments().contains(department)) {
            throw RuleViolation.onField("departmentId", "finding.error.departmentNotAudited", department.getName());
        }
        Finding finding = new Finding(audit, item, lookup.me(), clock.instant());
        finding.describe(values.grade(), Texts.limit(clause, 200), Texts.limit(description, 4000),
                Texts.limit(evidence, 4000), department);
        audit.start(LocalDate.now(clock));
        Finding saved = findings.saveAndFlush(finding);
        CorrectiveAction action = values.grade().isNonconformity()
                ? actionService.raiseForFinding(saved, values.actionOwnerId(), values.actionDueDate())
                : null;
        return new Entry(saved, action);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Entry> forAudit(long auditId) {
        Audit audit = audits.findById(auditId).orElseThrow();
        AuditAccess.requireVisible(audit);
        return withActions(findings.findByAuditOrderByIdAsc(audit));
    }

    /** Every finding of a fiscal year's audits, newest first, for the board. */
    @PreAuthorize(AuditAccess.READERS)
    @Transactional(readOnly = true)
    public List<Entry> board(int fiscalYear) {
        List<Finding> list = findings.findByFiscalYear(fiscalYear);
        list.forEach(finding -> AuditService.initialise(finding.getAudit()));
        return withActions(list);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Entry get(long id) {
        Finding finding = findings.findById(id).orElseThrow();
        AuditAccess.requireVisible(finding.getAudit());
        AuditService.initialise(finding.getAudit());
        finding.getDepartment().getName();
        finding.getRecordedBy().getDisplayName();
        return withActions(List.of(finding)).getFirst();
    }

    /** Closes an observation or opportunity for improvement; a nonconformity closes with its action. */
    @PreAuthorize("hasAnyRole('AUDITOR','PRIVACY_MANAGER')")
    @Transactional
    public Finding close(long id, Long expectedVersion, String note) {
        Finding finding = findings.findById(id).orElseThrow();
        if (expectedVersion != null) {
            StaleRecordException.check(finding, expectedVersion);
        }
        if (finding.getStatus() == FindingStatus.CLOSED) {
            throw new RuleViolation("finding.error.alreadyClosed", finding.reference());
        }
        if (finding.getGrade().isNonconformity()) {
            String reference = actions.findByFinding(finding).map(CorrectiveAction::reference).orElse("—");
            throw new RuleViolation("finding.error.closesWithAction", reference);
        }
        finding.close(Texts.limit(Texts.required(note, "note", "finding.error.noteRequired"), 2000), clock.instant());
        return findings.saveAndFlush(finding);
    }

    private List<Entry> withActions(List<Finding> list) {
        Map<Long, CorrectiveAction> byFinding = list.isEmpty() ? Map.of()
                : actions.findByFindingIn(list).stream()
                        .collect(Collectors.toMap(action -> action.getFinding().getId(), Function.identity()));
        return list.stream().map(finding -> new Entry(finding, byFinding.get(finding.getId()))).toList();
    }
}
