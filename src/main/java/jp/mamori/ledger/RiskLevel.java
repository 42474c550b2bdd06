package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** Low, medium or high (小・中・大): likelihood, impact, inherent and residual risk alike. */
public enum RiskLevel implements Labelled {
    LOW, MEDIUM, HIGH;

    /**
     * The inherent risk of a likelihood and an impact on the usual 3×3 matrix: a product of 6
     * or more is high, 3 or more medium.
     */
    public static RiskLevel of(RiskLevel likelihood, RiskLevel impact) {
        if (likelihood == null || impact == null) {
            return null;
        }
        int score = (likelihood.ordinal() + 1) * (impact.ordinal() + 1);
        return score >= 6 ? HIGH : score >= 3 ? MEDIUM : LOW;
    }

    @Override
    public String labelKey() {
        return "ledger.level." + name();
    }
}
