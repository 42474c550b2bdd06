package jp.mamori.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A section of a management review: gathered from an input source or added by hand, then edited. */
@Entity
@Table(name = "management_review_section")
@Audited
public class ReviewSection extends VersionedEntity implements HistoryLabel {

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private ManagementReview review;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @NotAudited
    @Column(name = "source_key", length = 64)
    private String sourceKey;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 20000)
    private String body;

    protected ReviewSection() {
    }

    ReviewSection(ManagementReview review, int sortOrder, String sourceKey, String title, String body) {
        this.review = review;
        this.sortOrder = sortOrder;
        this.sourceKey = sourceKey;
        this.title = title;
        this.body = body;
    }

    void edit(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public ManagementReview getReview() {
        return review;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    @Override
    public String historyLabel() {
        return title;
    }
}
