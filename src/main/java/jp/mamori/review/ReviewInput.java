package jp.mamori.review;

import java.util.List;

/**
 * One input to the management review: a titled section of lines of text and figures.
 *
 * @param key   a stable code of the input, e.g. {@code audit.results}
 * @param order where the section goes in the draft (lower first); the review's own sections
 *              use 10 (previous review) and 900 (improvement)
 * @param title the section's title in the requested language
 * @param lines the section's content, one statement per line
 */
public record ReviewInput(String key, int order, String title, List<String> lines) {

    public ReviewInput {
        lines = List.copyOf(lines);
    }

    /** A section of figures: one "・label: count" line per entry, in the map's order. */
    public static ReviewInput ofCounts(String key, int order, String title, java.util.Map<String, Long> counts) {
        return new ReviewInput(key, order, title,
                counts.entrySet().stream().map(entry -> "・" + entry.getKey() + ": " + entry.getValue()).toList());
    }
}
