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

    @Override
    public String labelKey() {
        return "consignee.status." + name();
    }
}
