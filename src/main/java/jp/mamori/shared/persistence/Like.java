package jp.mamori.shared.persistence;

import java.util.Locale;

/**
 * Free-text search as {@code lower(column) like pattern escape '\'}: what a person types is
 * matched literally, so "100%" or "a_b" find those characters instead of acting as wildcards.
 */
public final class Like {

    public static final char ESCAPE = '\\';

    private Like() {
    }

    /** The pattern matching any value that contains {@code text}, case-insensitively. */
    public static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
