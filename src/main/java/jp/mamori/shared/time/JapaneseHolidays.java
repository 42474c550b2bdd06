package jp.mamori.shared.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's days off under the National Holidays Act: the national holidays (国民の祝日), the
 * substitute holiday (振替休日) and the sandwiched citizens' holiday (国民の休日).
 * <p>
 * Jollyday supplies the fixed and Happy-Monday holidays, but its Japanese data (1.5.0) lacks the
 * equinoxes, the Emperor's Birthday of the Reiwa era, the general substitute rule and the
 * one-off changes of 2019–2021, and still lists 23 December after 2018. Those are corrected here,
 * so that legal deadlines that skip holidays land on the right day.
 */
final class JapaneseHolidays {

    /** Substitute holidays exist since 12 April 1973, citizens' holidays since 27 December 1985. */
    private static final int SUBSTITUTES_FROM = 1974;
    private static final int CITIZENS_HOLIDAYS_FROM = 1986;

    private static final HolidayManager JOLLYDAY =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.JAPAN));

    private final Map<Integer, NavigableMap<LocalDate, String>> byYear = new ConcurrentHashMap<>();

    /** Every day off in the year with its name key (e.g. {@code VERNAL_EQUINOX}, {@code SUBSTITUTE}). */
    NavigableMap<LocalDate, String> of(int year) {
        return byYear.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    private static NavigableMap<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> national = new TreeMap<>();
        for (Holiday holiday : JOLLYDAY.getHolidays(Year.of(year))) {
            String key = holiday.getPropertiesKey();
            switch (key) {
                // Jollyday's own bridging and Sunday-shift logic is replaced by the statutory rules below.
                case "BRIDGING_HOLIDAY" -> { }
                case "CULTURE_DAY" -> national.put(LocalDate.of(year, Month.NOVEMBER, 3), key);
                case "EMPERORS_BIRTHDAY" -> {
                    if (year < 2019) {
                        national.put(holiday.getDate(), key);
                    }
                }
                default -> national.put(holiday.getDate(), key);
            }
        }
        if (year >= 2020) {
            national.put(LocalDate.of(year, Month.FEBRUARY, 23), "EMPERORS_BIRTHDAY");
        }
        if (year >= 1980 && year <= 2099) {
            national.put(LocalDate.of(year, Month.MARCH, equinoxDay(year, 20.8431)), "VERNAL_EQUINOX");
            national.put(LocalDate.of(year, Month.SEPTEMBER, equinoxDay(year, 23.2488)), "AUTUMNAL_EQUINOX");
        }
        applyOneOffChanges(year, national);

        TreeMap<LocalDate, String> daysOff = new TreeMap<>(national);
        if (year >= SUBSTITUTES_FROM) {
            for (LocalDate holiday : national.keySet()) {
                if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    LocalDate substitute = holiday.plusDays(1);
                    while (national.containsKey(substitute)) {
                        substitute = substitute.plusDays(1);
                    }
                    daysOff.putIfAbsent(substitute, "SUBSTITUTE");
                }
            }
        }
        if (year >= CITIZENS_HOLIDAYS_FROM) {
            for (LocalDate holiday : national.keySet()) {
                LocalDate between = holiday.plusDays(1);
                if (!national.containsKey(between) && national.containsKey(holiday.plusDays(2))) {
                    daysOff.putIfAbsent(between, "CITIZENS_HOLIDAY");
                }
            }
        }
        return Collections.unmodifiableNavigableMap(daysOff);
    }

    /**
     * The equinox day by the standard approximation used for the calendar (valid 1980–2099);
     * the National Astronomical Observatory's announcement has matched it in every year so far.
     */
    private static int equinoxDay(int year, double base) {
        int offset = year - 1980;
        return (int) Math.floor(base + 0.242194 * offset - Math.floor(offset / 4.0));
    }

    /** The enthronement of 2019 and the Olympic moves of 2020 and 2021, fixed by special laws. */
    private static void applyOneOffChanges(int year, TreeMap<LocalDate, String> national) {
        switch (year) {
            case 2019 -> {
                national.put(LocalDate.of(2019, 5, 1), "ENTHRONEMENT");
                national.put(LocalDate.of(2019, 10, 22), "ENTHRONEMENT_CEREMONY");
            }
            case 2020 -> move(national, "NAVY_DAY", LocalDate.of(2020, 7, 23), "HEALTH_SPORTS", LocalDate.of(2020, 7, 24),
                    "MOUNTAIN_DAY", LocalDate.of(2020, 8, 10));
            case 2021 -> move(national, "NAVY_DAY", LocalDate.of(2021, 7, 22), "HEALTH_SPORTS", LocalDate.of(2021, 7, 23),
                    "MOUNTAIN_DAY", LocalDate.of(2021, 8, 8));
            default -> { }
        }
    }

    private static void move(TreeMap<LocalDate, String> national, Object... keysAndDates) {
        for (int i = 0; i < keysAndDates.length; i += 2) {
            String key = (String) keysAndDates[i];
            national.values().removeIf(key::equals);
            national.put((LocalDate) keysAndDates[i + 1], key);
        }
    }
}
