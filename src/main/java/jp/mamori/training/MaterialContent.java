package jp.mamori.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The bytes of an attached material file. */
@Entity
@Immutable
@Table(name = "course_material_content")
class MaterialContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(nullable = false)
    private byte[] content;

    protected MaterialContent() {
    }

    MaterialContent(long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
