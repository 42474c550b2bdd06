package jp.mamori.request;

import jp.mamori.shared.i18n.Labelled;

/** Whether the request came from the person or from a proxy, who brings extra documents. */
public enum ProxyKind implements Labelled {
    NONE,
    LEGAL_REPRESENTATIVE,
    MANDATED_AGENT;

    @Override
    public String labelKey() {
        return "request.proxy." + name();
    }
}
