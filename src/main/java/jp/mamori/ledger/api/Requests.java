package jp.mamori.ledger.api;

import java.util.List;
import jp.mamori.ledger.RiskDecision;

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
    record Risks(Long version, List<RiskDto> risks) {
    }

    /** Top management's decision on a residual risk; {@code version} is the risk's. */
    record Decision(Long version, RiskDecision decision, String comment) {
    }
}
