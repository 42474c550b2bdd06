package jp.mamori.audit;

/** What the list of corrective actions shows: a step, only one's own, only those still running. */
public record ActionFilter(CorrectiveActionStatus status, boolean mineOnly, boolean runningOnly) {

    public static ActionFilter all() {
        return new ActionFilter(null, false, false);
    }
}
