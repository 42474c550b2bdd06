package jp.mamori.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.mamori.shared.files.UploadedFile;
import org.hibernate.annotations.Immutable;

/** A file an auditor kept as evidence of a checklist answer. Immutable once uploaded. */
@Entity
@Immutable
@Table(name = "audit_evidence")
public class AuditEvidence extends UploadedFile {

    @Column(name = "checklist_item_id", nullable = false)
    private long checklistItemId;

    protected AuditEvidence() {
    }

    AuditEvidence(long checklistItemId, String fileName, String contentType, long sizeBytes, String sha256,
                  String uploadedBy, Instant uploadedAt) {
        super(fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
        this.checklistItemId = checklistItemId;
    }

    public long getChecklistItemId() {
        return checklistItemId;
    }
}
