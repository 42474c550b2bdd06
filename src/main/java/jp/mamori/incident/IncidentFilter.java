package jp.mamori.incident;

/** What the breach register is narrowed to; any part may be null. */
public record IncidentFilter(IncidentStatus status, Boolean reportable, Boolean overdue) {

    public static IncidentFilter none() {
        return new IncidentFilter(null, null, null);
    }
}
