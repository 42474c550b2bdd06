package jp.mamori.shared.tabular;

/**
 * One reason an import was refused, in the user's language: row as the spreadsheet numbers it
 * (the header is row 1) and the column's header text.
 */
public record ImportError(int row, String column, String message) {
}
