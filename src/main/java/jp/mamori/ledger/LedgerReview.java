package jp.mamori.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.mamori.shared.persistence.VersionedEntity;

/** A yearly (or ad hoc) review of a ledger entry: who reviewed it, when, what they noted. Never changed. */
@Entity
@Table(name = "ledger_review")
public class LedgerReview extends VersionedEntity {

    public static final int MAX_NOTES = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private LedgerEntry entry;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Column(name = "reviewer_name", nullable = false, length = 100)
    private String reviewerName;

    @Column(length = MAX_NOTES)
    private String notes;

    @Column(name = "next_review_date", nullable = false)
    private LocalDate nextReviewDate;

    protected LedgerReview() {
    }

    LedgerReview(LedgerEntry entry, LocalDate reviewedOn, long reviewerId, String reviewerName, String notes,
                 LocalDate nextReviewDate) {
        this.entry = entry;
        this.reviewedOn = reviewedOn;
        this.reviewerId = reviewerId;
        this.reviewerName = reviewerName;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.nextReviewDate = nextReviewDate;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }
}
