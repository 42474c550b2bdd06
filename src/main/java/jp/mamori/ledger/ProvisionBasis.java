package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** The legal ground of a third-party provision (個人情報保護法 第27条). */
public enum ProvisionBasis implements Labelled {
    CONSENT, OPT_OUT, LEGAL_EXCEPTION;

    @Override
    public String labelKey() {
        return "ledger.provisionBasis." + name();
    }
}
