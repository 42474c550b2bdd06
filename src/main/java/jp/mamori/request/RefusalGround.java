package jp.mamori.request;

import jp.mamori.shared.i18n.Labelled;

/** The lawful reason for refusing a request wholly or partly (APPI art. 33(2) and the like). */
public enum RefusalGround implements Labelled {
    HARM_TO_PERSON_OR_THIRD_PARTY,
    SERIOUS_BUSINESS_HINDRANCE,
    VIOLATION_OF_OTHER_LAWS,
    NOT_RETAINED_PERSONAL_DATA,
    IDENTITY_NOT_CONFIRMED,
    OTHER;

    @Override
    public String labelKey() {
        return "request.ground." + name();
    }
}
