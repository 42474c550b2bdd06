package jp.mamori.incident;

import jp.mamori.shared.i18n.Labelled;

/** Why a breach is, or is not, reportable to the PPC. */
public enum ReportabilityReason implements Labelled {
    SPECIAL_CARE,
    FINANCIAL_HARM_RISK,
    IMPROPER_PURPOSE,
    MORE_THAN_1000_PERSONS,
    EXEMPT_STRONG_ENCRYPTION,
    NO_CRITERION_MET;

    @Override
    public String labelKey() {
        return "incident.reason." + name();
    }
}
