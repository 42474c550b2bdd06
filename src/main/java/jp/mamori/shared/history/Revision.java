package jp.mamori.shared.history;

import java.time.Instant;
import java.util.List;

/** One entry of a record's history: the change set and the fields it changed. */
public record Revision(long number, Instant changedAt, String changedBy, Kind kind, List<FieldChange> changes) {

    public enum Kind {
        CREATED, CHANGED, DELETED;

        public String labelKey() {
            return "history.kind." + name();
        }
    }

    public record FieldChange(String field, String before, String after) {
    }
}
