package jp.mamori.policy;

import java.util.List;
import java.util.regex.Pattern;
import jp.mamori.training.MaterialMarkdown;

/**
 * Policy texts use the same few Markdown marks as course material (headings, lists, bold,
 * links), so a screen, a web page and a PDF can all show them: as sanitised HTML, or as plain
 * lines for print.
 */
public final class PolicyMarkdown {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\(([^)\\s]+)\\)");
    private static final Pattern BULLET = Pattern.compile("^[-*]\\s+");
    private static final Pattern HEADING = Pattern.compile("^#{1,3}\\s+");
    private static final String MATERIAL_ROOT = "<div class=\"course-material\">";

    private PolicyMarkdown() {
    }

    /** One {@code <div class="policy-text">} with everything escaped except the supported marks. */
    public static String toSafeHtml(String markdown) {
        String html = MaterialMarkdown.toSafeHtml(markdown);
        return html.startsWith(MATERIAL_ROOT)
                ? "<div class=\"policy-text\">" + html.substring(MATERIAL_ROOT.length()) : html;
    }

    /** The non-empty lines without marks: bullets become "・", links "text (address)". */
    public static List<String> plainLines(String markdown) {
        if (markdown == null) {
            return List.of();
        }
        return markdown.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> HEADING.matcher(line).replaceFirst(""))
                .map(line -> BULLET.matcher(line).replaceFirst("・"))
                .map(line -> LINK.matcher(line).replaceAll("$1 ($2)").replace("**", ""))
                .toList();
    }
}
