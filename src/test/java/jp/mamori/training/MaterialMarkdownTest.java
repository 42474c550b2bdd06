package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaterialMarkdownTest {

    @Test
    void headingsListsBoldAndLinksBecomeMarkup() {
        String html = MaterialMarkdown.toSafeHtml("""
                # 基本方針
                本文の一行目
                二行目は **重要**
                - 持ち出さない
                - [規程](https://example.jp/rules)
                1. 施錠する
                2. 報告する""");
        assertThat(html).isEqualTo("<div class=\"course-material\"><h3>基本方針</h3><p>本文の一行目<br>二行目は "
                + "<strong>重要</strong></p><ul><li>持ち出さない</li><li><a href=\"https://example.jp/rules\" "
                + "target=\"_blank\" rel=\"noopener noreferrer\">規程</a></li></ul><ol><li>施錠する</li>"
                + "<li>報告する</li></ol></div>");
    }

    @Test
    void everythingElseIsEscapedAndDangerousLinksStayText() {
        String html = MaterialMarkdown.toSafeHtml("<script>alert(1)</script>\n[click](javascript:alert(1))\n"
                + "**<img src=x onerror=alert(1)>**\n[x](https://e.jp/\"onmouseover=\"alert(1))");
        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript", "\"onmouseover");
        assertThat(html).contains("&lt;script&gt;", "[click](javascript:alert(1))", "<strong>&lt;img");
    }
}
