package jp.mamori.safeguard;

import jp.mamori.shared.i18n.Labelled;

/** How strictly an examiner expects an item to be met: all mandatory ones, 70% of the desirable ones. */
public enum Requirement implements Labelled {
    MANDATORY, DESIRABLE;

    @Override
    public String labelKey() {
        return "safeguard.requirement." + name();
    }
}
