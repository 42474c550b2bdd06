package jp.mamori.notice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jp.mamori.ledger.Purpose;
import jp.mamori.ledger.PurposeService;
import jp.mamori.notice.AccreditedOrganisation;
import jp.mamori.notice.NoticeConfiguration;
import jp.mamori.notice.NoticeSettingsService;
import jp.mamori.notice.NoticeText;
import jp.mamori.notice.Wording;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.safeguard.SafeguardHeading;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/**
 * What the public notice says that no record holds: the accredited organisation and the
 * organisation's wordings in Japanese and English. An empty wording falls back to the standard
 * one, shown as the field's placeholder.
 */
@Route(value = "public-notice/settings", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.POLICY, label = "nav.noticeSettings", order = 30)
public class NoticeSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NoticeSettingsService settings;
    private final LabelledSelect<AccreditedOrganisation> accredited =
            new LabelledSelect<>("notice.settings.accredited", AccreditedOrganisation.values());
    private final Map<String, TextArea[]> fields = new LinkedHashMap<>();
    private final Map<String, TextField> categories = new LinkedHashMap<>();
    private long version;

    public NoticeSettingsView(NoticeSettingsService settings, SafeguardCatalogueService safeguards,
                              PurposeService purposes) {
        this.settings = settings;
        boolean editor = CurrentUser.require().hasRole(Role.PRIVACY_MANAGER);
        accredited.setId("notice-accredited");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.add(accredited, 2);
        for (NoticeText text : NoticeText.values()) {
            addPair(form, text.code(), getTranslation(text.labelKey()));
        }
        form.add(new H4(getTranslation("notice.settings.safeguards")), 2);
        for (SafeguardHeading heading : safeguards.headings(
                safeguards.framework(NoticeText.SAFEGUARD_FRAMEWORK).getId())) {
            addPair(form, NoticeText.safeguardCode(heading.getCode()), heading.title(getLocale()));
        }
        form.add(new H4(getTranslation("notice.settings.categories")), 2);
        purposes.list().stream().filter(Purpose::isActive).map(Purpose::getCategory).filter(Objects::nonNull)
                .distinct().forEach(category -> {
                    TextField english = new TextField(category + " " + getTranslation("notice.settings.en"));
                    english.setMaxLength(200);
                    english.setWidthFull();
                    categories.put(NoticeText.categoryCode(category), english);
                    form.add(english);
                });
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setId("notice-settings-save");
        save.setVisible(editor);
        add(new H2(getTranslation("nav.noticeSettings")), new Paragraph(getTranslation("notice.settings.help")), form,
                save);
        load();
        accredited.setReadOnly(!editor);
        fields.values().forEach(pair -> {
            pair[0].setReadOnly(!editor);
            pair[1].setReadOnly(!editor);
        });
        categories.values().forEach(field -> field.setReadOnly(!editor));
    }

    private void addPair(FormLayout form, String code, String label) {
        Wording standard = settings.standardWording(code);
        TextArea ja = new TextArea(label + " " + getTranslation("notice.settings.ja"));
        TextArea en = new TextArea(label + " " + getTranslation("notice.settings.en"));
        ja.setPlaceholder(standard.ja() == null ? "" : standard.ja());
        en.setPlaceholder(standard.en() == null ? "" : standard.en());
        String id = "notice-text-" + code.replace(':', '-').toLowerCase(Locale.ROOT);
        ja.setId(id + "-ja");
        en.setId(id + "-en");
        ja.setWidthFull();
        en.setWidthFull();
        fields.put(code, new TextArea[] {ja, en});
        form.add(ja, en);
    }

    private void load() {
        NoticeConfiguration configuration = settings.configuration();
        version = configuration.version();
        accredited.setValue(configuration.accredited());
        fields.forEach((code, pair) -> {
            Wording wording = configuration.wording(code);
            pair[0].setValue(wording.ja() == null ? "" : wording.ja());
            pair[1].setValue(wording.en() == null ? "" : wording.en());
        });
        categories.forEach((code, field) -> field.setValue(Objects.requireNonNullElse(
                configuration.wording(code).en(), "")));
    }

    private void save() {
        Map<String, Wording> wordings = new LinkedHashMap<>();
        fields.forEach((code, pair) -> wordings.put(code, new Wording(pair[0].getValue(), pair[1].getValue())));
        categories.forEach((code, field) -> wordings.put(code, new Wording(null, field.getValue())));
        if (Feedback.attempt(() -> settings.save(new NoticeConfiguration(accredited.getValue(), wordings, version),
                version)) != null) {
            Feedback.success("common.saved");
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.noticeSettings");
    }
}
