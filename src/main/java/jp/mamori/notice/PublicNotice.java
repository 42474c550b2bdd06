package jp.mamori.notice;

import java.util.List;
import java.util.Locale;

/**
 * The public notice in one language, as a tree of sections and blocks that the HTML and PDF
 * renderers walk. Every text here is plain text; only {@link Markdown} (the policy) carries marks.
 */
public record PublicNotice(Locale locale, String title, List<Section> sections) {

    /** A section; {@code heading} is null for the closing signature. */
    public record Section(String id, String heading, List<Block> blocks) {
    }

    public sealed interface Block permits Text, Subheading, Items, Table, Markdown {
    }

    /** A paragraph; line breaks are kept. */
    public record Text(String text) implements Block {
    }

    public record Subheading(String text) implements Block {
    }

    public record Items(List<String> items) implements Block {
    }

    /** A table whose cells may hold line breaks. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    public record Markdown(String source) implements Block {
    }

    /** Every plain text of the notice in reading order, for searching and tests. */
    public String plainText() {
        StringBuilder all = new StringBuilder(title).append('\n');
        for (Section section : sections) {
            if (section.heading() != null) {
                all.append(section.heading()).append('\n');
            }
            for (Block block : section.blocks()) {
                switch (block) {
                    case Text text -> all.append(text.text()).append('\n');
                    case Subheading subheading -> all.append(subheading.text()).append('\n');
                    case Items items -> items.items().forEach(item -> all.append(item).append('\n'));
                    case Table table -> {
                        all.append(String.join(" ", table.headers())).append('\n');
                        table.rows().forEach(row -> all.append(String.join(" ", row)).append('\n'));
                    }
                    case Markdown markdown -> all.append(markdown.source()).append('\n');
                }
            }
        }
        return all.toString();
    }
}
