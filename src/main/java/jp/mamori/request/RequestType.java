package jp.mamori.request;

import jp.mamori.shared.i18n.Labelled;

/** What a data-subject request asks for (APPI arts. 32–35). */
public enum RequestType implements Labelled {
    PURPOSE_NOTIFICATION,
    DISCLOSURE,
    CORRECTION,
    SUSPENSION_OR_ERASURE,
    STOP_THIRD_PARTY_PROVISION,
    PROVISION_RECORDS;

    @Override
    public String labelKey() {
        return "request.type." + name();
    }
}
