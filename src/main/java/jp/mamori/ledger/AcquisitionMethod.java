package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** How the information is acquired (取得方法). */
public enum AcquisitionMethod implements Labelled {
    DIRECT_WRITTEN, DIRECT_OTHER, INDIRECT, PUBLIC_SOURCE, FROM_CONSIGNOR;

    @Override
    public String labelKey() {
        return "ledger.acquisition." + name();
    }
}
