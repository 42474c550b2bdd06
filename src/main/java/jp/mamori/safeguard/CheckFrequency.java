package jp.mamori.safeguard;

import java.time.LocalDate;
import jp.mamori.shared.i18n.Labelled;

/**
 * How often an item is checked. Periods are aligned to the organisation's fiscal year, so
 * that a quarterly item of an April-start organisation is checked in April–June, July–September...
 */
public enum CheckFrequency implements Labelled {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    CheckFrequency(int months) {
        this.months = months;
    }

    /** The check period containing {@code date}, for a fiscal year starting in {@code fiscalStartMonth}. */
    public CheckPeriod periodContaining(LocalDate date, int fiscalStartMonth) {
        int offset = Math.floorMod(date.getMonthValue() - fiscalStartMonth, 12) % months;
        LocalDate start = date.withDayOfMonth(1).minusMonths(offset);
        return new CheckPeriod(start, start.plusMonths(months).minusDays(1));
    }

    @Override
    public String labelKey() {
        return "safeguard.frequency." + name();
    }
}
