package jp.mamori.training;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Course material written as plain text with a few Markdown marks, rendered to HTML that is
 * safe to show: everything is escaped, and only headings (#, ##, ###), bullet and numbered
 * lists, paragraphs, **bold** and [links](https://…) become markup. A link to anything but
 * http, https or mailto stays text.
 */
public final class MaterialMarkdown {

    private static final Pattern INLINE = Pattern.compile("\\[([^\\]\\n]+)]\\(([^)\\s]+)\\)|\\*\\*(.+?)\\*\\*");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.*)$");

    private MaterialMarkdown() {
    }

    /** A single {@code <div>} holding the rendered material. */
    public static String toSafeHtml(String source) {
        StringBuilder html = new StringBuilder("<div class=\"course-material\">");
        if (source == null) {
            return html.append("</div>").toString();
        }
        String openList = null;
        StringBuilder paragraph = new StringBuilder();
        for (String raw : source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            String list = null;
            String item = null;
            if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("・")) {
                list = "ul";
                item = line.startsWith("・") ? line.substring(1).strip() : line.substring(2).strip();
            } else {
                Matcher numbered = NUMBERED.matcher(line);
                if (numbered.matches()) {
                    list = "ol";
                    item = numbered.group(1);
                }
            }
            int level = headingLevel(line);
            if (line.isEmpty() || level > 0 || list != null) {
                flushParagraph(html, paragraph);
            }
            if (openList != null && !openList.equals(list)) {
                html.append("</").append(openList).append('>');
                openList = null;
            }
            if (list != null) {
                if (openList == null) {
                    html.append('<').append(list).append('>');
                    openList = list;
                }
                html.append("<li>").append(inline(item)).append("</li>");
            } else if (level > 0) {
                String tag = "h" + (level + 2);
                html.append('<').append(tag).append('>').append(inline(line.substring(level).strip()))
                        .append("</").append(tag).append('>');
            } else if (!line.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    paragraph.append("<br>");
                }
                paragraph.append(inline(line));
            }
        }
        flushParagraph(html, paragraph);
        if (openList != null) {
            html.append("</").append(openList).append('>');
        }
        return html.append("</div>").toString();
    }

    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && level < 4 && line.charAt(level) == '#') {
            level++;
        }
        return level >= 1 && level <= 3 && line.length() > level && line.charAt(level) == ' ' ? level : 0;
    }

    private static void flushParagraph(StringBuilder html, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(paragraph).append("</p>");
            paragraph.setLength(0);
        }
    }

    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = INLINE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(escape(text.substring(last, matcher.start())));
            if (matcher.group(3) != null) {
                out.append("<strong>").append(escape(matcher.group(3))).append("</strong>");
            } else if (CourseLink.acceptable(matcher.group(2))) {
                out.append("<a href=\"").append(escape(matcher.group(2)))
                        .append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                        .append(escape(matcher.group(1))).append("</a>");
            } else {
                out.append(escape(matcher.group()));
            }
            last = matcher.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
