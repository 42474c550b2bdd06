package jp.mamori.training;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A fiscal year (年度) named after the calendar year it starts in: with an April start,
 * 2027-03-31 still belongs to FY2026 and 2027-04-01 opens FY2027.
 */
public record FiscalYear(int startYear, int startMonth) {

    public FiscalYear {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("Fiscal year start month must be 1..12: " + startMonth);
        }
    }

    public static FiscalYear containing(LocalDate date, int startMonth) {
        int year = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
        return new FiscalYear(year, startMonth);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, startMonth, 1);
    }

    public LocalDate end() {
        return start().plusYears(1).minusDays(1);
    }

    /** The cycle code stored on an annual assignment. */
    public String cycle() {
        return "FY" + startYear;
    }

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? startYear + "年度" : cycle();
    }
}
