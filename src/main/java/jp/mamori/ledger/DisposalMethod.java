package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** How the information is disposed of when its retention period ends (廃棄方法). */
public enum DisposalMethod implements Labelled {
    SHREDDING, DISSOLUTION, DATA_ERASURE, MEDIA_DESTRUCTION, DISPOSAL_CONTRACTOR, RETURN_TO_PROVIDER;

    @Override
    public String labelKey() {
        return "ledger.disposal." + name();
    }
}
