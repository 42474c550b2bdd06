package jp.mamori.request;

import jp.mamori.shared.i18n.Labelled;

/** How the answer was delivered. */
public enum ResponseMethod implements Labelled {
    POST,
    EMAIL,
    ELECTRONIC_RECORD,
    IN_PERSON,
    OTHER;

    @Override
    public String labelKey() {
        return "request.method." + name();
    }
}
