package jp.mamori.reminder;

import jp.mamori.shared.i18n.Labelled;

/** Why a person receives a notification: they must act, or it escalated to them. */
public enum RecipientRole implements Labelled {
    RESPONSIBLE, DEPARTMENT_MANAGER, PRIVACY_MANAGER;

    @Override
    public String labelKey() {
        return "reminder.role." + name();
    }
}
