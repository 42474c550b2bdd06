package jp.mamori.complaint;

import jp.mamori.shared.i18n.Labelled;

/** How far a complaint has been handled: each step follows the previous one. */
public enum ComplaintStage implements Labelled {
    RECEIVED,
    FIRST_RESPONSE,
    INVESTIGATION,
    IMPROVEMENT,
    ANSWERED;

    @Override
    public String labelKey() {
        return "complaint.stage." + name();
    }
}
