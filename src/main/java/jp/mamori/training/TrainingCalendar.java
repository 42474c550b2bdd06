package jp.mamori.training;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The training year. Japanese organisations mostly start their fiscal year in April; set
 * {@code mamori.training.fiscal-year-start-month} where it starts elsewhere.
 */
@Component
public class TrainingCalendar {

    private final int startMonth;

    TrainingCalendar(@Value("${mamori.training.fiscal-year-start-month:4}") int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("mamori.training.fiscal-year-start-month must be 1..12: " + startMonth);
        }
        this.startMonth = startMonth;
    }

    public FiscalYear fiscalYear(LocalDate date) {
        return FiscalYear.containing(date, startMonth);
    }

    /** The cycle a course is assigned in on a given day. */
    public String cycleOf(CourseKind kind, LocalDate day) {
        return kind == CourseKind.ANNUAL ? fiscalYear(day).cycle() : TrainingAssignment.ONCE;
    }

    /** "2026年度" for an annual cycle, "一回限り" otherwise, as people read it. */
    public String cycleLabel(String cycle, Locale locale, java.util.function.Function<String, String> translate) {
        if (cycle != null && cycle.startsWith("FY")) {
            return new FiscalYear(Integer.parseInt(cycle.substring(2)), startMonth).label(locale);
        }
        return translate.apply("training.cycle.ONCE");
    }
}
