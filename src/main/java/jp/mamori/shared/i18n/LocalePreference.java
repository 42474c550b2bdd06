package jp.mamori.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/** Where a person's chosen UI language is remembered (implemented by the user registry). */
public interface LocalePreference {

    Optional<Locale> find(long userId);

    void save(long userId, Locale locale);
}
