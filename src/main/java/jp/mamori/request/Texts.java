package jp.mamori.request;

/** Form text as stored: trimmed, and an empty optional field stored as absent. */
final class Texts {

    private Texts() {
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
