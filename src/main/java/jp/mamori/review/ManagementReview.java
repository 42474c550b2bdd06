package jp.mamori.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A management review of a period: its input sections, the meeting, and top management's
 * decisions and instructions. Decided reviews never change.
 */
@Entity
@Table(name = "management_review")
@Audited
public class ManagementReview extends VersionedEntity implements HistoryLabel {

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(length = 1000)
    private String attendees;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status = ReviewStatus.DRAFT;

    @Column(length = 8000)
    private String decisions;

    @Column(length = 8000)
    private String instructions;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private UserAccount decidedBy;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /** Touched by every save, so that editing a section alone still raises the review's version. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder asc, id asc")
    private List<ReviewSection> sections = new ArrayList<>();

    protected ManagementReview() {
    }

    ManagementReview(LocalDate periodFrom, LocalDate periodTo, LocalDate meetingDate, String attendees,
                     Instant createdAt, String createdBy) {
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.meetingDate = meetingDate;
        this.attendees = attendees;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
    }

    ReviewSection addSection(String sourceKey, String title, String body) {
        int order = sections.stream().mapToInt(ReviewSection::getSortOrder).max().orElse(0) + 10;
        ReviewSection section = new ReviewSection(this, order, sourceKey, title, body);
        sections.add(section);
        return section;
    }

    void editMeeting(LocalDate meetingDate, String attendees, Instant at) {
        this.meetingDate = meetingDate;
        this.attendees = attendees;
        this.updatedAt = at;
    }

    void decide(String decisions, String instructions, UserAccount by, Instant at) {
        this.decisions = decisions;
        this.instructions = instructions;
        this.decidedBy = by;
        this.decidedAt = at;
        this.updatedAt = at;
        this.status = ReviewStatus.DECIDED;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getAttendees() {
        return attendees;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getInstructions() {
        return instructions;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public UserAccount getDecidedBy() {
        return decidedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ReviewSection> getSections() {
        return sections;
    }

    @Override
    public String historyLabel() {
        return periodFrom + "〜" + periodTo;
    }
}
