package jp.mamori.policy.ui;

import com.vaadin.flow.component.Html;
import jp.mamori.policy.PolicyMarkdown;
import org.jsoup.safety.Safelist;

/** A policy text as its readers will see it; the rendered HTML is sanitised once more on the way out. */
class MarkdownPreview extends Html {

    MarkdownPreview(String markdown) {
        super(PolicyMarkdown.toSafeHtml(markdown), MarkdownPreview::allowed);
        addClassName("policy-text");
    }

    void show(String markdown) {
        setHtmlContent(PolicyMarkdown.toSafeHtml(markdown));
    }

    private static Safelist allowed() {
        return Safelist.basic().addTags("h3", "h4", "h5", "div").addAttributes("div", "class")
                .addAttributes("a", "target", "rel");
    }
}
