package jp.mamori.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import jp.mamori.shared.persistence.VersionedEntity;

/** The lead times of one obligation kind, or of every other kind ({@link #DEFAULT_KIND}). */
@Entity
@Table(name = "reminder_lead_time")
public class LeadTime extends VersionedEntity {

    public static final String DEFAULT_KIND = "*";

    @Column(nullable = false, unique = true, length = 64)
    private String kind;

    @Column(name = "days_before", nullable = false, length = 200)
    private String daysBefore;

    @Column(name = "overdue_every_days", nullable = false)
    private int overdueEveryDays;

    protected LeadTime() {
    }

    public LeadTime(String kind, LeadTimes leadTimes) {
        this.kind = kind;
        apply(leadTimes);
    }

    public String getKind() {
        return kind;
    }

    public boolean isDefault() {
        return DEFAULT_KIND.equals(kind);
    }

    public LeadTimes leadTimes() {
        return new LeadTimes(List.of(daysBefore.split(",")).stream().map(Integer::valueOf).toList(), overdueEveryDays);
    }

    void apply(LeadTimes leadTimes) {
        this.daysBefore = leadTimes.daysText();
        this.overdueEveryDays = leadTimes.overdueEveryDays();
    }
}
