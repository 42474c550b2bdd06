package jp.mamori.safeguard;

import jp.mamori.shared.i18n.Labelled;

/** Where an item stands for readiness, over the departments it applies to. */
public enum ItemState implements Labelled {
    /** Every applicable department's latest answer is met (or not applicable). */
    MET,
    /** Some department's latest answer is not met. */
    NOT_MET,
    /** Every department answered not applicable, or no active department is concerned. */
    NOT_APPLICABLE,
    /** Some department has not answered yet: counts as not met. */
    UNANSWERED;

    @Override
    public String labelKey() {
        return "safeguard.state." + name();
    }
}
