package jp.mamori.reminder;

import jp.mamori.shared.i18n.Labelled;

/** How serious missing an obligation is; a legal deadline is {@code CRITICAL}. */
public enum Severity implements Labelled {
    INFO, NORMAL, HIGH, CRITICAL;

    @Override
    public String labelKey() {
        return "reminder.severity." + name();
    }
}
