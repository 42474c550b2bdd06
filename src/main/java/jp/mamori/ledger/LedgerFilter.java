package jp.mamori.ledger;

import java.util.Set;

/**
 * What the ledger list is narrowed to. Nulls and empty sets mean "any"; {@code reviewOverdue}
 * keeps only entries in force whose next review date has passed.
 */
public record LedgerFilter(String text, Long departmentId, Set<LedgerStatus> statuses, Boolean specialCare,
                           Boolean myNumber, Boolean retainedPersonalData, Boolean unacceptedHighRisk,
                           boolean reviewOverdue) {

    public LedgerFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, Set.of(), null, null, null, null, false);
    }

    public LedgerFilter withText(String newText) {
        return new LedgerFilter(newText, departmentId, statuses, specialCare, myNumber, retainedPersonalData,
                unacceptedHighRisk, reviewOverdue);
    }
}
