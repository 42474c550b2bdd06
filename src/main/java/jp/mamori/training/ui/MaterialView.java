package jp.mamori.training.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.safety.Safelist;
import jp.mamori.training.MaterialMarkdown;

/** Course material rendered from its Markdown marks; sanitised once more on the way out. */
class MaterialView extends Html {

    MaterialView(String material) {
        super(MaterialMarkdown.toSafeHtml(material), MaterialView::safelist);
    }

    void show(String material) {
        setHtmlContent(MaterialMarkdown.toSafeHtml(material));
    }

    private static Safelist safelist() {
        return Safelist.relaxed().addAttributes("a", "target", "rel").addAttributes("div", "class")
                .addProtocols("a", "href", "http", "https", "mailto");
    }
}
