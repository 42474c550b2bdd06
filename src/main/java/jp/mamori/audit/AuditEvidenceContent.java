package jp.mamori.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The bytes of an audit evidence file, apart so that listing the files stays light. */
@Entity
@Immutable
@Table(name = "audit_evidence_content")
class AuditEvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(nullable = false)
    private byte[] content;

    protected AuditEvidenceContent() {
    }

    AuditEvidenceContent(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
