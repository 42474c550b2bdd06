package jp.mamori.request;

import jp.mamori.shared.i18n.Labelled;

/** How the response period is counted. */
public enum DayCount implements Labelled {
    CALENDAR,
    BUSINESS;

    @Override
    public String labelKey() {
        return "request.dayCount." + name();
    }
}
