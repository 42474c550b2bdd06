package jp.mamori.audit;

import jp.mamori.reminder.Severity;
import jp.mamori.shared.i18n.Labelled;

/** How serious a finding is. Nonconformities require a corrective action; the others do not. */
public enum FindingGrade implements Labelled {
    MAJOR_NONCONFORMITY, MINOR_NONCONFORMITY, OBSERVATION, OPPORTUNITY_FOR_IMPROVEMENT;

    public boolean isNonconformity() {
        return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
    }

    /** How urgent the corrective action of a finding of this grade is. */
    public Severity severity() {
        return this == MAJOR_NONCONFORMITY ? Severity.HIGH : Severity.NORMAL;
    }

    @Override
    public String labelKey() {
        return "finding.grade." + name();
    }
}
