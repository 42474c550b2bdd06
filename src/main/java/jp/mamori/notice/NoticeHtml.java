package jp.mamori.notice;

import jp.mamori.notice.PublicNotice.Block;
import jp.mamori.notice.PublicNotice.Items;
import jp.mamori.notice.PublicNotice.Markdown;
import jp.mamori.notice.PublicNotice.Section;
import jp.mamori.notice.PublicNotice.Subheading;
import jp.mamori.notice.PublicNotice.Table;
import jp.mamori.notice.PublicNotice.Text;
import jp.mamori.policy.PolicyMarkdown;
import org.springframework.web.util.HtmlUtils;

/**
 * The notice as one self-contained HTML fragment to paste into a web page: semantic headings,
 * lists and tables, no scripts, no styles of its own, every text escaped.
 */
final class NoticeHtml {

    private NoticeHtml() {
    }

    static String render(PublicNotice notice) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<article class=\"privacy-notice\" lang=\"").append(notice.locale().getLanguage()).append("\">\n");
        html.append("<h1>").append(escape(notice.title())).append("</h1>\n");
        for (Section section : notice.sections()) {
            html.append("<section id=\"privacy-notice-").append(section.id()).append("\">\n");
            if (section.heading() != null) {
                html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            }
            section.blocks().forEach(block -> block(html, block));
            html.append("</section>\n");
        }
        return html.append("</article>\n").toString();
    }

    private static void block(StringBuilder html, Block block) {
        switch (block) {
            case Text text -> html.append("<p>").append(multiline(text.text())).append("</p>\n");
            case Subheading subheading -> html.append("<h3>").append(escape(subheading.text())).append("</h3>\n");
            case Items items -> {
                if (!items.items().isEmpty()) {
                    html.append("<ul>\n");
                    items.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
                    html.append("</ul>\n");
                }
            }
            case Table table -> {
                html.append("<table>\n<thead><tr>");
                table.headers().forEach(header -> html.append("<th scope=\"col\">").append(escape(header)).append("</th>"));
                html.append("</tr></thead>\n<tbody>\n");
                for (var row : table.rows()) {
                    html.append("<tr>");
                    row.forEach(cell -> html.append("<td>").append(multiline(cell)).append("</td>"));
                    html.append("</tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            case Markdown markdown -> html.append(PolicyMarkdown.toSafeHtml(markdown.source())).append('\n');
        }
    }

    private static String multiline(String text) {
        return escape(text).replace("\n", "<br>");
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
