package jp.mamori.complaint;

/** What the complaint register is narrowed to; any part may be null. */
public record ComplaintFilter(ComplaintStage stage, ComplaintKind kind, ComplaintCategory category) {

    public static ComplaintFilter none() {
        return new ComplaintFilter(null, null, null);
    }
}
