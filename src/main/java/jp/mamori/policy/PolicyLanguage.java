package jp.mamori.policy;

import java.util.Locale;
import jp.mamori.shared.i18n.Messages;

/** Policy texts are written in Japanese and optionally translated; the reader's language picks one. */
final class PolicyLanguage {

    private PolicyLanguage() {
    }

    static String pick(Locale locale, String ja, String en) {
        return Messages.ENGLISH.equals(Messages.supported(locale)) && en != null && !en.isBlank() ? en : ja;
    }
}
