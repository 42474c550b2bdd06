package jp.mamori.review;

import jp.mamori.shared.i18n.Labelled;

/** A draft the privacy manager edits, until top management records its decisions and locks it. */
public enum ReviewStatus implements Labelled {
    DRAFT, DECIDED;

    @Override
    public String labelKey() {
        return "review.status." + name();
    }
}
