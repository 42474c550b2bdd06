package jp.mamori.ledger.api;

import java.time.LocalDate;
import jp.mamori.ledger.LifecycleStage;
import jp.mamori.ledger.RiskAssessment;
import jp.mamori.ledger.RiskDecision;
import jp.mamori.ledger.RiskLevel;
import jp.mamori.ledger.Threat;

/** A risk of a ledger entry, with the level Mamori computes and top management's decision. */
public record RiskDto(Long id, Long version, LifecycleStage stage, Threat threat, String description,
                      RiskLevel likelihood, RiskLevel impact, RiskLevel inherentRisk, String measures,
                      String safeguardItemCode, RiskLevel residualRisk, RiskDecision decision, String decidedBy,
                      LocalDate decidedOn, String decisionComment, boolean unacceptedHighRisk) {

    static RiskDto of(RiskAssessment risk) {
        return new RiskDto(risk.getId(), risk.getVersion(), risk.getStage(), risk.getThreat(), risk.getDescription(),
                risk.getLikelihood(), risk.getImpact(), risk.inherentRisk(), risk.getMeasures(),
                risk.getSafeguardItemCode(), risk.getResidualRisk(), risk.getDecision(), risk.getDecidedByName(),
                risk.getDecidedOn(), risk.getDecisionComment(), risk.isUnacceptedHighRisk());
    }
}
