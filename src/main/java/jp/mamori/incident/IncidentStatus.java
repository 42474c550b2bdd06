package jp.mamori.incident;

import jp.mamori.shared.i18n.Labelled;

/** Where a breach stands in its reporting. */
public enum IncidentStatus implements Labelled {
    NOT_REPORTABLE,
    AWAITING_PRELIMINARY_REPORT,
    AWAITING_FINAL_REPORT,
    REPORTED;

    @Override
    public String labelKey() {
        return "incident.status." + name();
    }
}
