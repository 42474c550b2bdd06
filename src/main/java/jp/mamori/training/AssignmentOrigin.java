package jp.mamori.training;

import jp.mamori.shared.i18n.Labelled;

/** Whether an assignment came from a rule or from the privacy manager's hand. */
public enum AssignmentOrigin implements Labelled {
    RULE, MANUAL;

    @Override
    public String labelKey() {
        return "training.origin." + name();
    }
}
