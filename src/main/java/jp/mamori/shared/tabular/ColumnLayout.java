package jp.mamori.shared.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.i18n.Messages;

/**
 * The expected columns of an import, by bundle key. A file is accepted with its headers in
 * Japanese or in English, in this order, as Mamori's own export writes them.
 */
public record ColumnLayout(List<String> headerKeys) {

    public List<String> headers(Messages messages, Locale locale) {
        return headerKeys.stream().map(key -> messages.get(locale, key)).toList();
    }

    /** Refuses a file whose header row is not this layout, naming the first column that differs. */
    public void check(List<String> header, Messages messages, Locale locale) {
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < headerKeys.size(); i++) {
            String found = i < header.size() ? header.get(i) : "";
            String key = headerKeys.get(i);
            boolean matches = Messages.SUPPORTED.stream().anyMatch(language -> messages.get(language, key).equals(found));
            if (!matches) {
                errors.add(new ImportError(1, messages.get(locale, key),
                        messages.get(locale, "import.error.header", messages.get(locale, key), found)));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
    }

    public String header(int index, Messages messages, Locale locale) {
        return messages.get(locale, headerKeys.get(index));
    }
}
