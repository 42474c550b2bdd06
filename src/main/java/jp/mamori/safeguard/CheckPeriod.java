package jp.mamori.safeguard;

import java.time.LocalDate;

/** The days (both included) within which an item must be checked once. */
public record CheckPeriod(LocalDate start, LocalDate end) {

    public CheckPeriod next() {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
        LocalDate nextStart = end.plusDays(1);
        return new CheckPeriod(nextStart, nextStart.plusMonths(months).minusDays(1));
    }

    public CheckPeriod previous() {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
        LocalDate previousStart = start.minusMonths(months);
        return new CheckPeriod(previousStart, start.minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "〜" + end;
    }
}
