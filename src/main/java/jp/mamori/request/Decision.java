package jp.mamori.request;

import jp.mamori.shared.i18n.Labelled;

/** The answer to a request. */
public enum Decision implements Labelled {
    COMPLY,
    PARTLY,
    REFUSE;

    @Override
    public String labelKey() {
        return "request.decision." + name();
    }
}
