package jp.mamori.safeguard;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.mamori.shared.files.UploadedFile;

/** A file proving an answer: its metadata and checksum. Immutable once uploaded. */
@Entity
@Table(name = "safeguard_evidence")
public class SafeguardEvidence extends UploadedFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", nullable = false)
    private CheckAnswer answer;

    protected SafeguardEvidence() {
    }

    SafeguardEvidence(CheckAnswer answer, String fileName, String contentType, long sizeBytes, String sha256,
                      String uploadedBy, Instant uploadedAt) {
        super(fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
        this.answer = answer;
    }

    public CheckAnswer getAnswer() {
        return answer;
    }
}
