package jp.mamori.shared.history;

/** How a referenced record is named inside another record's history (a department's name, say). */
public interface HistoryLabel {

    String historyLabel();
}
