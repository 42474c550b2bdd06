package jp.mamori.audit;

import jp.mamori.shared.i18n.Labelled;

/**
 * Open until dealt with: a nonconformity is being corrected while its corrective action runs
 * and closes with it; an observation or an opportunity for improvement is closed with a note.
 */
public enum FindingStatus implements Labelled {
    OPEN, IN_CORRECTION, CLOSED;

    @Override
    public String labelKey() {
        return "finding.status." + name();
    }
}
