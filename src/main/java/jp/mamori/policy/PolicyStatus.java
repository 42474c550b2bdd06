package jp.mamori.policy;

import jp.mamori.shared.i18n.Labelled;

/**
 * Where a version stands: drafted (or returned) by the privacy manager, awaiting top
 * management, approved, published (the one in force) or superseded by a later publication.
 */
public enum PolicyStatus implements Labelled {
    DRAFT, AWAITING_APPROVAL, APPROVED, PUBLISHED, SUPERSEDED;

    /** Whether workers may read it: it was in force at some time. */
    public boolean wasPublished() {
        return this == PUBLISHED || this == SUPERSEDED;
    }

    @Override
    public String labelKey() {
        return "policy.status." + name();
    }
}
