package jp.mamori.ledger.api;

import java.util.List;
import jp.mamori.ledger.LifecycleStage;
import jp.mamori.ledger.RiskDecision;
import jp.mamori.ledger.RiskLevel;
import jp.mamori.ledger.RiskValues;
import jp.mamori.ledger.Threat;

/** The small request bodies of the ledger API. Each carries the version read, against lost updates. */
final class Requests {

    private Requests() {
    }

    /** Retire an entry. */
    record Retire(Long version) {
    }

    /** Record a review; notes are optional. */
    record Review(Long version, String notes) {
    }

    /** Replace the risks of an entry: send all of them; an id updates that risk, no id adds one. */
    record Risks(Long version, List<Risk> risks) {
    }

    /** One risk as sent: {@code id} names an existing risk of the entry, none adds one. */
    record Risk(Long id, LifecycleStage stage, Threat threat, String description, RiskLevel likelihood,
                RiskLevel impact, String measures, String safeguardItemCode, RiskLevel residualRisk) {
        RiskValues values() {
            return new RiskValues(id, stage, threat, description, likelihood, impact, measures, safeguardItemCode,
                    residualRisk);
        }
    }

    /** Top management's decision on a residual risk; {@code version} is the risk's. */
    record Decision(Long version, RiskDecision decision, String comment) {
    }
}
