package jp.mamori.request;

import jp.mamori.shared.i18n.Labelled;

/** How a request or a complaint reached the organisation. */
public enum ContactChannel implements Labelled {
    POST,
    IN_PERSON,
    EMAIL,
    WEB_FORM,
    PHONE,
    OTHER;

    @Override
    public String labelKey() {
        return "channel." + name();
    }
}
