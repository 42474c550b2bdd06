package jp.mamori.shared.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import jp.mamori.shared.i18n.LocalePreference;
import jp.mamori.shared.i18n.Messages;

/** 日本語 / English: each language is named in itself, as language pickers should be. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(LocalePreference preference, Locale current) {
        setItems(Messages.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setValue(Messages.supported(current));
        setAriaLabel(getTranslation("language.switch"));
        addClassName("language-switch");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UiLocaleInitializer.switchTo(event.getValue(), preference);
            }
        });
    }
}
