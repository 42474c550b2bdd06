package jp.mamori.safeguard;

import jp.mamori.shared.i18n.Labelled;

/** The answer to one check item. Not applicable needs a reason and leaves the readiness denominator. */
public enum CheckResult implements Labelled {
    MET, NOT_MET, NOT_APPLICABLE;

    @Override
    public String labelKey() {
        return "safeguard.result." + name();
    }
}
