package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** Top management's decision on a residual risk. */
public enum RiskDecision implements Labelled {
    PENDING, ACCEPTED, REJECTED;

    @Override
    public String labelKey() {
        return "ledger.decision." + name();
    }
}
