package jp.mamori.audit;

import jp.mamori.shared.RuleViolation;

/** Free text as the records keep it: trimmed, blank meaning absent, and required where a step needs it. */
final class Texts {

    private Texts() {
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String required(String text, String field, String messageKey) {
        String value = strip(text);
        if (value == null) {
            throw RuleViolation.onField(field, messageKey);
        }
        return value;
    }

    static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
