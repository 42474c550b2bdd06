package jp.mamori.consignee;

import jp.mamori.shared.i18n.Labelled;

/** What a consignee document is; contracts and NDAs carry an end date that is an obligation. */
public enum DocumentKind implements Labelled {
    CONTRACT,
    NDA,
    EVIDENCE,
    OTHER;

    public boolean hasTerm() {
        return this == CONTRACT || this == NDA;
    }

    @Override
    public String labelKey() {
        return "consignee.document.kind." + name();
    }
}
