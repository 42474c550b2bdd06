package jp.mamori.safeguard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days (both included) within which an item must be checked once. */
public record CheckPeriod(LocalDate start, LocalDate end) {

    public CheckPeriod next() {
        LocalDate nextStart = end.plusDays(1);
        return new CheckPeriod(nextStart, nextStart.plusMonths(months()).minusDays(1));
    }

    public CheckPeriod previous() {
        return new CheckPeriod(start.minusMonths(months()), start.minusDays(1));
    }

    private long months() {
        return ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "〜" + end;
    }
}
