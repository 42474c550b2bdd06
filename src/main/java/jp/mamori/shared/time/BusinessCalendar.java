package jp.mamori.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * Business-day arithmetic for Japanese deadlines: weekends, national holidays (substitute and
 * sandwiched citizens' holidays included) and the year-end closure (by default 29 December to
 * 3 January, as the government's offices) are not business days.
 */
public final class BusinessCalendar {

    public static final MonthDay DEFAULT_CLOSURE_START = MonthDay.of(12, 29);
    public static final MonthDay DEFAULT_CLOSURE_END = MonthDay.of(1, 3);

    private final JapaneseHolidays holidays = new JapaneseHolidays();
    private final MonthDay closureStart;
    private final MonthDay closureEnd;

    /**
     * @param closureStart first day of the year-end closure
     * @param closureEnd   last day of the closure; before {@code closureStart} when it runs into the new year
     */
    public BusinessCalendar(MonthDay closureStart, MonthDay closureEnd) {
        this.closureStart = Objects.requireNonNull(closureStart, "closureStart");
        this.closureEnd = Objects.requireNonNull(closureEnd, "closureEnd");
    }

    public static BusinessCalendar japan() {
        return new BusinessCalendar(DEFAULT_CLOSURE_START, DEFAULT_CLOSURE_END);
    }

    /** A national holiday, substitute holiday or citizens' holiday. */
    public boolean isHoliday(LocalDate date) {
        return holidays.isHoliday(date);
    }

    /** The year's days off and the name key of each (e.g. {@code VERNAL_EQUINOX}, {@code SUBSTITUTE}). */
    public NavigableMap<LocalDate, String> holidays(int year) {
        return holidays.of(year);
    }

    public boolean isInYearEndClosure(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        if (closureStart.isAfter(closureEnd)) {
            return !day.isBefore(closureStart) || !day.isAfter(closureEnd);
        }
        return !day.isBefore(closureStart) && !day.isAfter(closureEnd);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date) && !isInYearEndClosure(date);
    }

    public LocalDate nextBusinessDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The date {@code days} business days after {@code date} (before it when negative), the
     * start not counted: plusBusinessDays(Friday, 1) is the next business day after the weekend.
     * With 0 the date itself is returned.
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate day = date;
        for (int remaining = Math.abs(days); remaining > 0; ) {
            day = day.plusDays(step);
            if (isBusinessDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * A statutory deadline of {@code days} calendar days counted from the day after
     * {@code start}: when its last day is not a business day it moves to the next one (the
     * rule of the breach reports to the PPC).
     */
    public LocalDate deadline(LocalDate start, int days) {
        return nextBusinessDayOnOrAfter(start.plusDays(days));
    }
}
