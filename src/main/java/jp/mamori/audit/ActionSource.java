package jp.mamori.audit;

import jp.mamori.shared.i18n.Labelled;

/** What raised a corrective action. */
public enum ActionSource implements Labelled {
    FINDING, SAFEGUARD_FOLLOW_UP, INCIDENT, OTHER;

    @Override
    public String labelKey() {
        return "correctiveAction.source." + name();
    }
}
