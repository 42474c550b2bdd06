package jp.mamori.home;

/**
 * One figure of the dashboard: {@code value} out of {@code outOf} for an area that should be
 * complete (reviewed entries, met safeguards), or a plain count, {@code outOf} null, of what
 * is still open (nonconformities, overdue obligations), where fewer is better.
 *
 * @param id    a stable name, e.g. {@code ledger.reviewed}; the page gives the figure the id {@code figure-<id>}
 * @param label what the reader sees, in their language
 * @param link  the route where the records behind the figure are, or null
 */
public record Figure(String id, String label, long value, Long outOf, String link) {

    public static Figure share(String id, String label, long value, long outOf, String link) {
        return new Figure(id, label, value, outOf, link);
    }

    public static Figure count(String id, String label, long value, String link) {
        return new Figure(id, label, value, null, link);
    }

    public boolean isShare() {
        return outOf != null;
    }

    /** A share of nothing (no records to count): shown as such, never as a reassuring 100 %. */
    public boolean isShareOfNothing() {
        return outOf != null && outOf == 0;
    }

    /** The share in whole percent, rounded down; 100 when nothing is due. */
    public int percent() {
        return outOf == null || outOf == 0 ? 100 : (int) Math.floor(100.0 * value / outOf);
    }
}
