package jp.mamori.ledger;

/** A risk's assessment as the API delivers it; {@code id} names an existing risk of the entry, null adds one. */
public record RiskValues(Long id, LifecycleStage stage, Threat threat, String description, RiskLevel likelihood,
                         RiskLevel impact, String measures, String safeguardItemCode, RiskLevel residualRisk) {

    WantedRisk wanted() {
        return new WantedRisk(id, new RiskAssessment(stage, threat, description, likelihood, impact, measures,
                safeguardItemCode, residualRisk));
    }
}
