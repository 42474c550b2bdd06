package jp.mamori.notice.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.mamori.notice.PublicNoticeService;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Downloads;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import org.jsoup.safety.Safelist;

/**
 * The public notice as generated now from the records: a preview in either language, and
 * downloads of the PDF and of the HTML fragment to paste on the website, in both languages.
 */
@Route(value = "public-notice", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.POLICY, label = "nav.publicNotice", order = 20)
public class PublicNoticeView extends VerticalLayout implements HasDynamicTitle {

    private final PublicNoticeService notices;
    private final Div preview = new Div();

    public PublicNoticeView(PublicNoticeService notices) {
        this.notices = notices;
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("notice.view.language"));
        language.setItems(Messages.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("notice.view.language." + locale.getLanguage()));
        language.setValue(Messages.supported(getLocale()));
        language.setId("notice-language");
        language.addValueChangeListener(event -> show(event.getValue()));

        HorizontalLayout downloads = new HorizontalLayout();
        downloads.setId("notice-downloads");
        for (Locale locale : Messages.SUPPORTED) {
            String suffix = locale.getLanguage();
            downloads.add(Downloads.link("notice.view.pdf." + suffix, "public-notice-" + suffix + ".pdf",
                            "application/pdf", out -> notices.pdf(locale, out)),
                    Downloads.link("notice.view.html." + suffix, "public-notice-" + suffix + ".html",
                            "text/html;charset=UTF-8", out -> write(out, notices.html(locale))));
        }
        Button settings = new Button(getTranslation("nav.noticeSettings"), VaadinIcon.COG.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("public-notice/settings")));
        settings.addThemeVariants(ButtonVariant.TERTIARY);
        settings.setId("notice-to-settings");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.publicNotice")), settings);
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        preview.setId("notice-preview");
        preview.setWidthFull();
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-m)");
        add(header, new Paragraph(getTranslation("notice.view.help")), language, downloads, preview);
        show(language.getValue());
    }

    private void show(Locale locale) {
        preview.removeAll();
        preview.add(new Html(notices.html(locale), PublicNoticeView::allowed));
    }

    private static void write(OutputStream out, String html) {
        try {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Safelist allowed() {
        return Safelist.relaxed().addTags("article", "section").addAttributes("article", "class", "lang")
                .addAttributes("section", "id").addAttributes("th", "scope").addAttributes("div", "class")
                .addAttributes("a", "target", "rel");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.publicNotice");
    }
}
