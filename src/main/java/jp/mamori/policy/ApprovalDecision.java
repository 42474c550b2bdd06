package jp.mamori.policy;

import jp.mamori.shared.i18n.Labelled;

/** Top management's answer to a submitted version. */
public enum ApprovalDecision implements Labelled {
    APPROVED, RETURNED;

    @Override
    public String labelKey() {
        return "policy.decision." + name();
    }
}
