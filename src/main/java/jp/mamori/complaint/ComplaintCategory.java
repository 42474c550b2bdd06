package jp.mamori.complaint;

import jp.mamori.shared.i18n.Labelled;

/** What a complaint or consultation is about. */
public enum ComplaintCategory implements Labelled {
    HANDLING_OF_DATA,
    PURPOSE_OR_CONSENT,
    DIRECT_MARKETING,
    SUSPECTED_LEAK,
    REQUEST_PROCEDURE,
    THIRD_PARTY_OR_CONSIGNEE,
    OTHER;

    @Override
    public String labelKey() {
        return "complaint.category." + name();
    }
}
