package jp.mamori.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.time.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * The APPI breach-reporting rules (個人情報保護法第26条, 施行規則第7条・第8条).
 *
 * <p>Reportable when special-care data, a risk of financial harm, an improper purpose or more
 * than 1,000 persons is involved, unless the data was protected by strong encryption. The
 * rules write the exemption into the definition of the personal data concerned
 * ("高度な暗号化その他の個人の権利利益を保護するために必要な措置を講じたもの を除く"), so it
 * is applied to all four criteria alike, the improper-purpose case included. An encryption
 * whose key also leaked is not "strong": the person recording the breach must then leave the
 * box unticked.
 *
 * <p>Periods run from the day the organisation learned of the breach, that day not counted.
 * 速報 is due "promptly", read by the PPC as about three to five days: both dates are shown as
 * they are, not moved off weekends, since "promptly" is no legal period end. 確報 is due
 * within 30 days, 60 for an improper purpose; that is a period end, which moves to the next day
 * that is not a Saturday, Sunday, national holiday or in the year-end closure.
 */
@Component
public class BreachRules {

    static final int PERSONS_THRESHOLD = 1000;
    static final int PRELIMINARY_TARGET_DAYS = 3;
    static final int PRELIMINARY_LIMIT_DAYS = 5;
    static final int FINAL_DAYS = 30;
    static final int FINAL_DAYS_IMPROPER_PURPOSE = 60;

    private final BusinessCalendar calendar;

    BreachRules(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public BreachAssessment assess(BreachCriteria criteria) {
        List<ReportabilityReason> criteriaMet = new ArrayList<>();
        if (criteria.specialCare()) {
            criteriaMet.add(ReportabilityReason.SPECIAL_CARE);
        }
        if (criteria.financialHarmRisk()) {
            criteriaMet.add(ReportabilityReason.FINANCIAL_HARM_RISK);
        }
        if (criteria.improperPurpose()) {
            criteriaMet.add(ReportabilityReason.IMPROPER_PURPOSE);
        }
        if (criteria.affectedPersons() > PERSONS_THRESHOLD) {
            criteriaMet.add(ReportabilityReason.MORE_THAN_1000_PERSONS);
        }
        if (criteriaMet.isEmpty()) {
            return new BreachAssessment(false, List.of(ReportabilityReason.NO_CRITERION_MET), null, null, null);
        }
        if (criteria.strongEncryption()) {
            return new BreachAssessment(false, List.of(ReportabilityReason.EXEMPT_STRONG_ENCRYPTION), null, null, null);
        }
        LocalDate learnedOn = criteria.learnedOn();
        if (learnedOn == null) {
            return new BreachAssessment(true, List.copyOf(criteriaMet), null, null, null);
        }
        int finalDays = criteria.improperPurpose() ? FINAL_DAYS_IMPROPER_PURPOSE : FINAL_DAYS;
        return new BreachAssessment(true, List.copyOf(criteriaMet),
                learnedOn.plusDays(PRELIMINARY_TARGET_DAYS),
                learnedOn.plusDays(PRELIMINARY_LIMIT_DAYS),
                calendar.nextBusinessDayOnOrAfter(learnedOn.plusDays(finalDays)));
    }
}
