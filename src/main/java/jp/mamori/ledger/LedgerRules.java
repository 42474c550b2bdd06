package jp.mamori.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules that tie one column of an entry to another: what a third-party provision, a joint
 * use or an entry in force must also say. Checked the same way by the form, the API and the
 * import.
 */
final class LedgerRules {

    /** A broken rule: the field it concerns and the bundle key that explains it. */
    record Problem(String field, String messageKey) {
    }

    private LedgerRules() {
    }

    static List<Problem> problems(LedgerEntry entry) {
        List<Problem> problems = new ArrayList<>();
        if (entry.getPurposes().isEmpty()) {
            problems.add(new Problem("purposes", "ledger.validation.purposes"));
        }
        ThirdPartyProvision provision = entry.getProvision();
        if (provision.isProvided()) {
            if (provision.getRecipient() == null) {
                problems.add(new Problem("provisionRecipient", "ledger.validation.provisionRecipient"));
            }
            if (provision.getBasis() == null) {
                problems.add(new Problem("provisionBasis", "ledger.validation.provisionBasis"));
            }
        } else if (provision.isAbroad()) {
            problems.add(new Problem("provisionAbroad", "ledger.validation.abroadWithoutProvision"));
        }
        if (provision.isAbroad() && provision.getCountry() == null) {
            problems.add(new Problem("provisionCountry", "ledger.validation.provisionCountry"));
        }
        if (entry.isJointUse() && entry.getJointUseDescription() == null) {
            problems.add(new Problem("jointUseDescription", "ledger.validation.jointUseDescription"));
        }
        if (entry.getStatus() == LedgerStatus.ACTIVE && entry.getNextReviewDate() == null) {
            problems.add(new Problem("nextReviewDate", "ledger.validation.nextReviewDate"));
        }
        return problems;
    }
}
