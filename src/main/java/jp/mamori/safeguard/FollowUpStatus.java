package jp.mamori.safeguard;

import jp.mamori.shared.i18n.Labelled;

public enum FollowUpStatus implements Labelled {
    OPEN, DONE;

    @Override
    public String labelKey() {
        return "safeguard.followUp.status." + name();
    }
}
