package jp.mamori.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an evidence file, read only when someone downloads it. */
@Entity
@Table(name = "safeguard_evidence_content")
class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(nullable = false)
    private byte[] content;

    protected EvidenceContent() {
    }

    EvidenceContent(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
