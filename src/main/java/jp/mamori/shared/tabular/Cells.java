package jp.mamori.shared.tabular;

/** Spreadsheet-safe text. */
public final class Cells {

    private Cells() {
    }

    /**
     * Neutralises formula injection: a cell that a spreadsheet would read as a formula
     * (= + - @, or a leading tab or carriage return) is prefixed with an apostrophe.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
