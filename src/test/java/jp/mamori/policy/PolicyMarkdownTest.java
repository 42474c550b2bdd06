package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyMarkdownTest {

    @Test
    void printLinesDropTheMarks() {
        assertThat(PolicyMarkdown.plainLines("# 基本方針\n\n当社は **法令** を守ります。\n- 教育\n* 監査\n1. 改善\n"
                + "詳しくは [窓口](https://example.jp/contact) へ。"))
                .containsExactly("基本方針", "当社は 法令 を守ります。", "・教育", "・監査", "1. 改善",
                        "詳しくは 窓口 (https://example.jp/contact) へ。");
        assertThat(PolicyMarkdown.plainLines(null)).isEmpty();
    }
}
