package jp.mamori.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.shared.files.FileCheck;
import jp.mamori.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of checklist answers: attached by the audit team while the audit is open,
 * checked by content ({@link FileCheck}), read by whoever may see the audit, and refused on
 * download if their bytes no longer match the SHA-256 taken at upload.
 */
@Service
public class AuditEvidenceService {

    private static final FileCheck EVIDENCE_FILES = new FileCheck("audit.evidence.error.", "evidence");

    private final AuditEvidenceRepository evidence;
    private final AuditEvidenceContentRepository contents;
    private final ChecklistItemRepository checklist;
    private final AuditService audits;
    private final Clock clock;

    AuditEvidenceService(AuditEvidenceRepository evidence, AuditEvidenceContentRepository contents,
                         ChecklistItemRepository checklist, AuditService audits, Clock clock) {
        this.evidence = evidence;
        this.contents = contents;
        this.checklist = checklist;
        this.audits = audits;
        this.clock = clock;
    }

    /** A stored evidence file with its bytes. */
    public record Download(AuditEvidence file, byte[] content) {
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional
    public AuditEvidence attach(long checklistItemId, String fileName, byte[] content) {
        ChecklistItem item = checklist.findById(checklistItemId).orElseThrow();
        audits.openAuditForTeam(item.getAudit().getId());
        FileCheck.Kind kind = EVIDENCE_FILES.detect(content);
        AuditEvidence saved = evidence.save(new AuditEvidence(item.getId(), EVIDENCE_FILES.safeName(fileName, kind),
                kind.contentType(), content.length, AuditEvidence.checksum(content), CurrentUser.usernameOrSystem(),
                clock.instant()));
        contents.save(new AuditEvidenceContent(saved.getId(), content));
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEvidence> files(long checklistItemId) {
        ChecklistItem item = checklist.findById(checklistItemId).orElseThrow();
        AuditAccess.requireVisible(item.getAudit());
        return evidence.findByChecklistItemIdOrderByUploadedAtAscIdAsc(checklistItemId);
    }

    /** Every evidence file of an audit by checklist item, in one query for the checklist and the report. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, List<AuditEvidence>> filesOfAudit(long auditId) {
        List<Long> items = audits.checklist(auditId).stream().map(ChecklistItem::getId).toList();
        return evidence.findByChecklistItemIdInOrderByUploadedAtAscIdAsc(items).stream()
                .collect(Collectors.groupingBy(AuditEvidence::getChecklistItemId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Download download(long evidenceId) {
        AuditEvidence file = evidence.findById(evidenceId).orElseThrow();
        AuditAccess.requireVisible(checklist.findById(file.getChecklistItemId()).orElseThrow().getAudit());
        return new Download(file, file.intact(contents.findById(evidenceId).orElseThrow().content(),
                "audit.evidence.error.tampered"));
    }
}
