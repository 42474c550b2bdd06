package jp.mamori.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.mamori.shared.files.UploadedFile;
import org.hibernate.annotations.Immutable;

/** A file attached to a course's material; its bytes live apart so listing stays light. */
@Entity
@Immutable
@Table(name = "course_material_file")
public class MaterialFile extends UploadedFile {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    protected MaterialFile() {
    }

    MaterialFile(long courseId, String fileName, String contentType, long sizeBytes, String sha256,
                 Instant uploadedAt, String uploadedBy) {
        super(fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
        this.courseId = courseId;
    }

    public long getCourseId() {
        return courseId;
    }
}
