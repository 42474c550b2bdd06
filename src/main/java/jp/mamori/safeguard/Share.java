package jp.mamori.safeguard;

/**
 * Items met out of items applicable (not-applicable items are outside both). Compared with
 * exact integer arithmetic: 7 of 10 is 70%, 69 of 99 is not.
 */
public record Share(int met, int applicable) {

    public boolean atLeast(int percent) {
        return (long) met * 100 >= (long) percent * applicable;
    }

    /** Whole percent, rounded down, for display; 100 when nothing applies. */
    public int percent() {
        return applicable == 0 ? 100 : (int) ((long) met * 100 / applicable);
    }

    /** "7/10（70%）", or a dash when nothing applies. */
    public String display() {
        return applicable == 0 ? "—" : met + "/" + applicable + "（" + percent() + "%）";
    }

    Share plus(Share other) {
        return new Share(met + other.met, applicable + other.applicable);
    }

    Share plus(ItemState state) {
        return switch (state) {
            case MET -> new Share(met + 1, applicable + 1);
            case NOT_MET, UNANSWERED -> new Share(met, applicable + 1);
            case NOT_APPLICABLE -> this;
        };
    }

    static Share none() {
        return new Share(0, 0);
    }
}
