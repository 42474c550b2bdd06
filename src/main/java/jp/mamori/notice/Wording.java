package jp.mamori.notice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.i18n.Messages;

/** A text of the notice in Japanese and English; either may be empty. */
public record Wording(String ja, String en) {

    public static final Wording EMPTY = new Wording(null, null);

    public Wording {
        ja = ja == null || ja.isBlank() ? null : ja.strip();
        en = en == null || en.isBlank() ? null : en.strip();
    }

    /** The text for the reader's language; Japanese when no English exists. */
    public String in(Locale locale) {
        return Messages.ENGLISH.equals(Messages.supported(locale)) && en != null ? en : ja;
    }

    public boolean isEmpty() {
        return ja == null && en == null;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
