package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** What can go wrong with the information (漏えい・滅失・き損・改ざん・目的外利用). */
public enum Threat implements Labelled {
    LEAK, LOSS, DAMAGE, ALTERATION, MISUSE;

    @Override
    public String labelKey() {
        return "ledger.threat." + name();
    }
}
