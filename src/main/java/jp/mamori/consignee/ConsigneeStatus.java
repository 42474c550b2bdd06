package jp.mamori.consignee;

import jp.mamori.shared.i18n.Labelled;

/** Where a consignee stands in selection and supervision. */
public enum ConsigneeStatus implements Labelled {
    CANDIDATE,
    /** Assessed at selection and not chosen: it never received personal information. */
    REJECTED,
    APPROVED,
    CONDITIONAL,
    SUSPENDED,
    TERMINATED;

    /**
     * Whether personal information may be newly entrusted to a consignee in this state. Anything
     * else needs an override that records who decided and why.
     */
    public boolean allowsNewConsignment() {
        return this == APPROVED || this == CONDITIONAL;
    }

    /**
     * Whether a keeper may put a consignee now in {@code current} (null while new) into this
     * status by hand. Approval, with or without conditions, comes only from a recorded
     * assessment decision, which also sets the next re-evaluation date; keeping the current
     * status is always allowed so that other details can be edited.
     */
    public boolean settableByHandFrom(ConsigneeStatus current) {
        return this == current || !allowsNewConsignment();
    }

    @Override
    public String labelKey() {
        return "consignee.status." + name();
    }
}
