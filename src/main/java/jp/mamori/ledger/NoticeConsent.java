package jp.mamori.ledger;

import jp.mamori.shared.i18n.Labelled;

/** What the person was given when the information was acquired: consent, notice, or a public announcement. */
public enum NoticeConsent implements Labelled {
    CONSENTED, NOTIFIED, PUBLISHED, NOT_APPLICABLE;

    @Override
    public String labelKey() {
        return "ledger.notice." + name();
    }
}
