package jp.mamori.safeguard;

import java.util.Locale;
import jp.mamori.shared.i18n.Messages;

/** Catalogue texts are data in both languages; the reader's language picks one. */
final class Localised {

    private Localised() {
    }

    static String pick(Locale locale, String ja, String en) {
        return Messages.supported(locale).equals(Messages.ENGLISH) && en != null && !en.isBlank() ? en : ja;
    }
}
