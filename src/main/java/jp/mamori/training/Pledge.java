package jp.mamori.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One published version of a course's pledge text (誓約文). Never changed once published. */
@Entity
@Immutable
@Table(name = "course_pledge")
public class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected Pledge() {
    }

    Pledge(Course course, int version, String text, Instant publishedAt) {
        this.course = course;
        this.version = version;
        this.text = text;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getText() {
        return text;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
