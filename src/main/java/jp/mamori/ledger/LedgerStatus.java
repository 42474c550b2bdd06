package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** Where a ledger entry stands: drafted, in force, or retired (kept, never deleted). */
public enum LedgerStatus implements Labelled {
    DRAFT, ACTIVE, RETIRED;

    @Override
    public String labelKey() {
        return "ledger.status." + name();
    }
}
