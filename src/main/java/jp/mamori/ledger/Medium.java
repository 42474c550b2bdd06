package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** Whether the information is held on paper, electronically, or both. */
public enum Medium implements Labelled {
    PAPER, ELECTRONIC, BOTH;

    @Override
    public String labelKey() {
        return "ledger.medium." + name();
    }
}
