package jp.mamori.complaint;

import jp.mamori.shared.i18n.Labelled;

/** A complaint (苦情) or a consultation (相談). */
public enum ComplaintKind implements Labelled {
    COMPLAINT,
    CONSULTATION;

    @Override
    public String labelKey() {
        return "complaint.kind." + name();
    }
}
