package jp.mamori.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.mamori.shared.persistence.VersionedEntity;

/** When the sweep runs, as a Quartz cron expression in Tokyo time. The settings table is the truth; Quartz follows it. */
@Entity
@Table(name = "reminder_schedule")
public class ReminderSchedule extends VersionedEntity {

    public static final String DEFAULT_CRON = "0 0 8 * * ?";

    @Column(name = "sweep_cron", nullable = false, length = 120)
    private String sweepCron = DEFAULT_CRON;

    public String getSweepCron() {
        return sweepCron;
    }

    void setSweepCron(String sweepCron) {
        this.sweepCron = sweepCron;
    }
}
