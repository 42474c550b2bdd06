package jp.mamori.audit;

import java.time.LocalDate;
import jp.mamori.safeguard.SafeguardSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The internal-audit settings: a corrective action must be planned and done within 30 days
 * unless its plan says otherwise, and its effectiveness verified within 30 days of being
 * implemented. The fiscal year is the organisation's one, as the safeguard settings define it.
 */
@Component
public class AuditSettings {

    private final int actionDays;
    private final int verificationDays;
    private final int fiscalYearStartMonth;

    AuditSettings(@Value("${mamori.audit.corrective-action-days:30}") int actionDays,
                  @Value("${mamori.audit.verification-days:30}") int verificationDays,
                  SafeguardSettings safeguardSettings) {
        this.actionDays = actionDays;
        this.verificationDays = verificationDays;
        this.fiscalYearStartMonth = safeguardSettings.fiscalYearStartMonth();
    }

    public int actionDays() {
        return actionDays;
    }

    public int verificationDays() {
        return verificationDays;
    }

    /** The fiscal year (named by the calendar year it starts in) a day belongs to. */
    public int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= fiscalYearStartMonth ? day.getYear() : day.getYear() - 1;
    }

    public LocalDate fiscalYearStart(int fiscalYear) {
        return LocalDate.of(fiscalYear, fiscalYearStartMonth, 1);
    }

    public LocalDate fiscalYearEnd(int fiscalYear) {
        return fiscalYearStart(fiscalYear).plusYears(1).minusDays(1);
    }
}
