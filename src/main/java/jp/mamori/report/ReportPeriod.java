package jp.mamori.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.time.JapaneseDates;

/** The days a pack covers, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    private static final MonthDay FISCAL_YEAR_START = MonthDay.of(4, 1);

    public ReportPeriod {
        if (from == null) {
            throw RuleViolation.onField("from", "report.error.periodRequired");
        }
        if (to == null) {
            throw RuleViolation.onField("to", "report.error.periodRequired");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.onField("to", "report.error.periodOrder");
        }
    }

    /** The last complete fiscal year (April to March) before {@code today}, what examiners usually ask for. */
    public static ReportPeriod lastFiscalYear(LocalDate today) {
        LocalDate currentStart = FISCAL_YEAR_START.atYear(today.getYear());
        if (today.isBefore(currentStart)) {
            currentStart = currentStart.minusYears(1);
        }
        return new ReportPeriod(currentStart.minusYears(1), currentStart.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether a span of days (an open end as null) overlaps this period. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }

    /** The name of the pack's files for this period. */
    public String packFileName(String extension) {
        return "examiner-pack_" + from + "_" + to + "." + extension;
    }

    /** The first instant of the period in Tokyo. */
    public Instant startInstant() {
        return from.atStartOfDay(JapaneseDates.TOKYO).toInstant();
    }

    /** The first instant after the period in Tokyo. */
    public Instant endInstant() {
        return to.plusDays(1).atStartOfDay(JapaneseDates.TOKYO).toInstant();
    }
}
