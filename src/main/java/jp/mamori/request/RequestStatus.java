package jp.mamori.request;

import jp.mamori.shared.i18n.Labelled;

/** Where a request stands: awaiting an answer, answered (papers kept), papers destroyed. */
public enum RequestStatus implements Labelled {
    OPEN,
    RESPONDED,
    DESTROYED;

    @Override
    public String labelKey() {
        return "request.status." + name();
    }
}
