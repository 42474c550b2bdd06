package jp.mamori.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** One item of an operational check for one department and period; pending until answered. */
@Entity
@Table(name = "check_answer")
@Audited
public class CheckAnswer extends VersionedEntity implements HistoryLabel {

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_id", nullable = false)
    private OperationalCheck check;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private SafeguardItem item;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @NotAudited
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @NotAudited
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CheckResult result;

    @Column(name = "na_reason", length = 1000)
    private String naReason;

    @Column(name = "remarks", length = 2000)
    private String comment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by_id")
    private UserAccount answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected CheckAnswer() {
    }

    CheckAnswer(OperationalCheck check, SafeguardItem item, CheckPeriod period) {
        this.check = check;
        this.item = item;
        this.department = check.getDepartment();
        this.periodStart = period.start();
        this.periodEnd = period.end();
    }

    void answer(CheckResult result, String naReason, String comment, UserAccount by, Instant at) {
        this.result = result;
        this.naReason = result == CheckResult.NOT_APPLICABLE ? naReason : null;
        this.comment = comment;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public OperationalCheck getCheck() {
        return check;
    }

    public SafeguardItem getItem() {
        return item;
    }

    public Department getDepartment() {
        return department;
    }

    public CheckPeriod getPeriod() {
        return new CheckPeriod(periodStart, periodEnd);
    }

    public CheckResult getResult() {
        return result;
    }

    public boolean isAnswered() {
        return result != null;
    }

    public String getNaReason() {
        return naReason;
    }

    public String getComment() {
        return comment;
    }

    public UserAccount getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    @Override
    public String historyLabel() {
        return item.getCode() + " " + periodStart;
    }
}
