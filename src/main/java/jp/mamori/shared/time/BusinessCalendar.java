package jp.mamori.shared.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Japanese business days: not a Saturday or Sunday, not a national holiday (substitute
 * 振替休日 and sandwiched 国民の休日 included) and not in the year-end closure. Legal
 * deadlines that end on a day off move to the next business day.
 *
 * <p>The national holidays (国民の祝日) come from Jollyday, whose Japanese calendar (1.5.0) is
 * incomplete: it lacks the vernal and autumnal equinox days, keeps the Emperor's Birthday on
 * 23 December (23 February since 2020), computes no substitute holidays and bridges only
 * holidays two days apart among the ones it knows. Those corrections and rules are
 * applied here, on Jollyday's fixed and Monday holidays, so that the result matches the
 * Cabinet Office's list (checked for 2025–2027). The 2019–2021 one-off moves (enthronement,
 * Olympics) are not reproduced: deadlines lie in the future.
 */
@Component
public class BusinessCalendar {

    private static final String BRIDGING_HOLIDAY = "BRIDGING_HOLIDAY";
    private static final String EMPERORS_BIRTHDAY = "EMPERORS_BIRTHDAY";
    /** The Emperor's Birthday moved from 23 December to 23 February with the 2019 succession. */
    private static final int LAST_YEAR_OF_DECEMBER_BIRTHDAY = 2018;
    private static final int FIRST_YEAR_OF_FEBRUARY_BIRTHDAY = 2020;
    /** How far a deadline search may run before the calendar is considered broken. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 30;

    private final HolidayManager holidayManager;
    private final MonthDay closureStart;
    private final MonthDay closureEnd;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    /** @param yearEndClosure the closure as {@code MM-dd..MM-dd}; it may wrap the new year */
    public BusinessCalendar(@Value("${mamori.calendar.year-end-closure:12-29..01-03}") String yearEndClosure) {
        String[] bounds = yearEndClosure.strip().split("\\.\\.");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("Year-end closure must read MM-dd..MM-dd: " + yearEndClosure);
        }
        this.closureStart = MonthDay.parse("--" + bounds[0].strip());
        this.closureEnd = MonthDay.parse("--" + bounds[1].strip());
        this.holidayManager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.JAPAN));
    }

    /** A national holiday, a substitute holiday or a citizens' holiday. */
    public boolean isHoliday(LocalDate date) {
        return holidaysByYear.computeIfAbsent(date.getYear(), this::holidaysOf).contains(date);
    }

    public boolean isYearEndClosure(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        if (!closureStart.isAfter(closureEnd)) {
            return !day.isBefore(closureStart) && !day.isAfter(closureEnd);
        }
        return !day.isBefore(closureStart) || !day.isAfter(closureEnd);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(date)
                && !isYearEndClosure(date);
    }

    /** The date itself when it is a business day, otherwise the first business day after it. */
    public LocalDate nextBusinessDayOnOrAfter(LocalDate date) {
        LocalDate candidate = date;
        for (int i = 0; i <= MAX_DAYS_OFF_IN_A_ROW; i++) {
            if (isBusinessDay(candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalStateException("No business day within " + MAX_DAYS_OFF_IN_A_ROW + " days of " + date);
    }

    /**
     * The date {@code days} business days after {@code date}, which itself is not counted
     * (so one business day after a Friday is the Monday). Negative counts go backwards; zero
     * returns the date unchanged.
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate cursor = date;
        for (int counted = 0; counted < Math.abs(days); ) {
            cursor = cursor.plusDays(step);
            if (isBusinessDay(cursor)) {
                counted++;
            }
        }
        return cursor;
    }

    private Set<LocalDate> holidaysOf(int year) {
        Set<LocalDate> all = new HashSet<>();
        // Substitutes and sandwiched days can cross a year boundary: derive them from three years.
        for (int y = year - 1; y <= year + 1; y++) {
            Set<LocalDate> national = nationalHolidays(y);
            all.addAll(national);
            all.addAll(substituteHolidays(national));
            all.addAll(citizensHolidays(national));
        }
        return all.stream().filter(date -> date.getYear() == year).collect(Collectors.toUnmodifiableSet());
    }

    /** The 国民の祝日 proper, without Jollyday's own (incomplete) bridging days. */
    private Set<LocalDate> nationalHolidays(int year) {
        Set<LocalDate> dates = new HashSet<>();
        for (Holiday holiday : holidayManager.getHolidays(Year.of(year))) {
            boolean staleBirthday = EMPERORS_BIRTHDAY.equals(holiday.getPropertiesKey())
                    && year > LAST_YEAR_OF_DECEMBER_BIRTHDAY;
            if (!BRIDGING_HOLIDAY.equals(holiday.getPropertiesKey()) && !staleBirthday) {
                dates.add(holiday.getActualDate());
            }
        }
        if (year >= FIRST_YEAR_OF_FEBRUARY_BIRTHDAY) {
            dates.add(LocalDate.of(year, 2, 23));
        }
        dates.add(LocalDate.of(year, 3, vernalEquinoxDay(year)));
        dates.add(LocalDate.of(year, 9, autumnalEquinoxDay(year)));
        return dates;
    }

    /** 振替休日: a holiday on a Sunday makes the next day that is not a holiday a day off. */
    private static Set<LocalDate> substituteHolidays(Set<LocalDate> national) {
        Set<LocalDate> substitutes = new HashSet<>();
        for (LocalDate holiday : national) {
            if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate next = holiday.plusDays(1);
                while (national.contains(next)) {
                    next = next.plusDays(1);
                }
                substitutes.add(next);
            }
        }
        return substitutes;
    }

    /** 国民の休日: an ordinary day whose previous and next days are both national holidays. */
    private static Set<LocalDate> citizensHolidays(Set<LocalDate> national) {
        Set<LocalDate> sandwiched = new HashSet<>();
        for (LocalDate holiday : national) {
            LocalDate between = holiday.plusDays(1);
            if (!national.contains(between) && national.contains(holiday.plusDays(2))) {
                sandwiched.add(between);
            }
        }
        return sandwiched;
    }

    /**
     * The equinox days are fixed each year by the National Astronomical Observatory; this is
     * the customary approximation, exact for 1980–2099.
     */
    private static int vernalEquinoxDay(int year) {
        return (int) (20.8431 + 0.242194 * (year - 1980)) - (year - 1980) / 4;
    }

    private static int autumnalEquinoxDay(int year) {
        return (int) (23.2488 + 0.242194 * (year - 1980)) - (year - 1980) / 4;
    }
}
