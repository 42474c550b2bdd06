package jp.mamori.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Another feature's record as a picker shows it: its id and a readable label. Two labels are
 * the same record when their ids are equal, whatever the label says at the moment.
 */
public record RecordLabel(long id, String label) {

    /**
     * Refuses, naming {@code field}, a link to records that do not exist or that the person may
     * not see: links are kept by id across features, without a foreign key to check them.
     */
    public static void requireKnown(Collection<Long> ids, Function<Collection<Long>, List<RecordLabel>> lookup,
                                    String field) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<Long> found = lookup.apply(ids).stream().map(RecordLabel::id).collect(Collectors.toSet());
        Set<Long> missing = new TreeSet<>(ids);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw RuleViolation.onField(field, "error.unknownRecord",
                    missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordLabel that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
