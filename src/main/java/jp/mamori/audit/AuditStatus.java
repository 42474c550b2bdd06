package jp.mamori.audit;

import jp.mamori.shared.i18n.Labelled;

/**
 * Planned in the programme, being conducted once the first answer is recorded, reported when
 * the lead auditor issues the report, acknowledged by the audited department's manager.
 */
public enum AuditStatus implements Labelled {
    PLANNED, IN_PROGRESS, REPORTED, ACKNOWLEDGED, CANCELLED;

    /** Whether the checklist and the findings may still change. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    @Override
    public String labelKey() {
        return "audit.status." + name();
    }
}
