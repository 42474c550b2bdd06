package jp.mamori.shared.files;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of a file someone uploaded, checked by {@link FileCheck}: its name, type, size and
 * SHA-256, and who uploaded it when. Immutable; the bytes are stored apart so that listing
 * files stays light.
 */
@MappedSuperclass
public abstract class UploadedFile {

    private static final Logger LOG = LoggerFactory.getLogger(UploadedFile.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected UploadedFile() {
    }

    protected UploadedFile(String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
                           Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The SHA-256 of an upload, in hex, as kept in {@code sha256}. */
    public static String checksum(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether these bytes are still the ones uploaded: a file changed behind Mamori's back is not. */
    public boolean matches(byte[] content) {
        return checksum(content).equals(sha256);
    }

    /**
     * The stored bytes, if they still match the checksum taken at upload; otherwise the
     * tampering is logged and the file refused with {@code refusalKey} (its argument: the name).
     */
    public byte[] intact(byte[] content, String refusalKey) {
        if (!matches(content)) {
            LOG.error("{} {} ({}) fails its SHA-256 check: stored {}, now {}; refused to {}", getClass().getSimpleName(),
                    id, fileName, sha256, checksum(content), CurrentUser.usernameOrSystem());
            throw new RuleViolation(refusalKey, fileName);
        }
        return content;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
