package jp.mamori.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.mamori.notice.PublicNotice.Items;
import jp.mamori.notice.PublicNotice.Markdown;
import jp.mamori.notice.PublicNotice.Section;
import jp.mamori.notice.PublicNotice.Table;
import jp.mamori.notice.PublicNotice.Text;
import org.junit.jupiter.api.Test;

/** The HTML fragment is pasted into a website as it is, so nothing a record holds may become markup. */
class NoticeHtmlTest {

    @Test
    void everyTextIsEscapedAndOnlyThePolicyMarksBecomeMarkup() {
        PublicNotice notice = new PublicNotice(Locale.JAPANESE, "方針 & <取扱い>", List.of(
                new Section("a", "<script>alert(1)</script>", List.of(
                        new Text("一行目\n<b>二行目</b>"),
                        new Items(List.of("\"引用\" & 'single'")),
                        new Table(List.of("<th>"), List.of(List.of("<img src=x onerror=alert(1)>"))),
                        new Markdown("# 見出し\n- **太字**\n- [悪い](javascript:alert(1))\n<iframe>"))),
                new Section("signature", null, List.of(new Text("署名")))));

        String html = NoticeHtml.render(notice);

        assertThat(html).startsWith("<article class=\"privacy-notice\" lang=\"ja\">\n<h1>方針 &amp; &lt;取扱い&gt;</h1>")
                .contains("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>", "<p>一行目<br>&lt;b&gt;二行目&lt;/b&gt;</p>",
                        "<li>&quot;引用&quot; &amp; &#39;single&#39;</li>", "<th scope=\"col\">&lt;th&gt;</th>",
                        "<td>&lt;img src=x onerror=alert(1)&gt;</td>", "<strong>太字</strong>", "&lt;iframe&gt;",
                        "<section id=\"privacy-notice-signature\">\n<p>署名</p>")
                .doesNotContain("<script", "<img", "<iframe", "href=\"javascript");
        assertThat(html.strip()).endsWith("</article>");
    }
}
