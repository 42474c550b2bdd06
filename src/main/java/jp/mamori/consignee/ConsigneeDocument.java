package jp.mamori.consignee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.shared.files.UploadedFile;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A contract, NDA or piece of evidence kept for a consignee, with its file if one was
 * uploaded. The file's bytes live apart ({@code consignee_document_content}).
 */
@Entity
@Table(name = "consignee_document")
@Audited
public class ConsigneeDocument extends VersionedEntity implements HistoryLabel {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consignee_id", nullable = false, updatable = false)
    private Consignee consignee;

    /** The assessment this evidence supports, if any; assessments are records, not audited. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 200)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    /** The file's SHA-256 in hex, taken as it was stored: shows whether a copy is the same file. */
    @Column(length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ConsigneeDocument() {
    }

    ConsigneeDocument(Consignee consignee, Assessment assessment, DocumentValues values, String uploadedBy,
                      Instant uploadedAt) {
        this.consignee = consignee;
        this.assessment = assessment;
        this.kind = values.kind();
        this.title = values.title().strip();
        this.signedOn = values.signedOn();
        this.endsOn = values.kind().hasTerm() ? values.endsOn() : null;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void attachFile(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = (long) content.length;
        this.sha256 = UploadedFile.checksum(content);
    }

    public Consignee getConsignee() {
        return consignee;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    /** Null when there is no file. */
    public String getSha256() {
        return sha256;
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public String historyLabel() {
        return title;
    }
}
