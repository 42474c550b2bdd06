package jp.mamori.consignee;

import jp.mamori.shared.i18n.Labelled;

/** What the person deciding concluded from an assessment. */
public enum AssessmentDecision implements Labelled {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    REJECT;

    /** Approval in either form needs a passing score; a failing one can only be rejected. */
    public boolean needsPass() {
        return this != REJECT;
    }

    @Override
    public String labelKey() {
        return "consignee.decision." + name();
    }
}
