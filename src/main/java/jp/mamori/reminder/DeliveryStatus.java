package jp.mamori.reminder;

import jp.mamori.shared.i18n.Labelled;

/**
 * Where a notification's e-mail stands. {@code PENDING} is retried with back-off until
 * {@code SENT} or, after the last attempt, {@code FAILED}; an administrator can retry the others.
 */
public enum DeliveryStatus implements Labelled {
    PENDING, SENT, FAILED, NOT_CONFIGURED, NO_ADDRESS;

    public boolean isProblem() {
        return this == FAILED || this == NOT_CONFIGURED || this == NO_ADDRESS;
    }

    @Override
    public String labelKey() {
        return "reminder.delivery.status." + name();
    }
}
