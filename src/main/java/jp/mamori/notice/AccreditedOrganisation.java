package jp.mamori.notice;

import jp.mamori.shared.i18n.Labelled;

/** The accredited personal information protection organisation (認定個人情報保護団体) the company belongs to. */
public enum AccreditedOrganisation implements Labelled {
    JAPHIC, JIPDEC, NONE;

    @Override
    public String labelKey() {
        return "notice.accredited." + name();
    }
}
