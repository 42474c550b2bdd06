package jp.mamori.consignee;

import jp.mamori.shared.i18n.Labelled;

/** The certifications examiners accept as evidence of a consignee's protection level. */
public enum CertificationKind implements Labelled {
    PRIVACY_MARK,
    JAPHIC,
    ISMS,
    OTHER;

    @Override
    public String labelKey() {
        return "consignee.certification.kind." + name();
    }
}
