package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** The stages of the information's lifecycle that the risk analysis walks through, in order. */
public enum LifecycleStage implements Labelled {
    ACQUISITION, USE, STORAGE, TRANSFER, DISPOSAL;

    @Override
    public String labelKey() {
        return "ledger.stage." + name();
    }
}
