package jp.mamori.audit;

import jp.mamori.shared.i18n.Labelled;

/** The auditor's answer to a checklist question; "nonconform" is what findings come from. */
public enum ChecklistAnswer implements Labelled {
    CONFORM, NONCONFORM, OBSERVATION, NOT_APPLICABLE;

    @Override
    public String labelKey() {
        return "audit.checklist.answer." + name();
    }
}
