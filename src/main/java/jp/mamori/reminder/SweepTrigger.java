package jp.mamori.reminder;

import jp.mamori.shared.i18n.Labelled;

/** What started a sweep: the schedule, a catch-up after downtime, or an administrator. */
public enum SweepTrigger implements Labelled {
    SCHEDULED, CATCH_UP, MANUAL;

    @Override
    public String labelKey() {
        return "reminder.sweep.trigger." + name();
    }
}
