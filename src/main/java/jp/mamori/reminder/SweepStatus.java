package jp.mamori.reminder;

import jp.mamori.shared.i18n.Labelled;

public enum SweepStatus implements Labelled {
    RUNNING, COMPLETED, FAILED;

    @Override
    public String labelKey() {
        return "reminder.sweep.status." + name();
    }
}
