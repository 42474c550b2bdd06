package jp.mamori.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = new BusinessCalendar("12-29..01-03");

    /** The Cabinet Office's lists of national holidays (内閣府「国民の祝日について」) for 2025–2027. */
    private static final List<String> CABINET_OFFICE_HOLIDAYS = List.of(
            "2025-01-01", "2025-01-13", "2025-02-11", "2025-02-23", "2025-02-24", "2025-03-20", "2025-04-29",
            "2025-05-03", "2025-05-04", "2025-05-05", "2025-05-06", "2025-07-21", "2025-08-11", "2025-09-15",
            "2025-09-23", "2025-10-13", "2025-11-03", "2025-11-23", "2025-11-24",
            "2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20", "2026-04-29", "2026-05-03",
            "2026-05-04", "2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11", "2026-09-21", "2026-09-22",
            "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23",
            "2027-01-01", "2027-01-11", "2027-02-11", "2027-02-23", "2027-03-21", "2027-03-22", "2027-04-29",
            "2027-05-03", "2027-05-04", "2027-05-05", "2027-07-19", "2027-08-11", "2027-09-20", "2027-09-23",
            "2027-10-11", "2027-11-03", "2027-11-23");

    @Test
    void theHolidaysOf2025To2027AreExactlyTheCabinetOfficesList() {
        List<String> computed = Stream.iterate(LocalDate.of(2025, 1, 1), d -> d.getYear() < 2028, d -> d.plusDays(1))
                .filter(calendar::isHoliday)
                .map(LocalDate::toString)
                .toList();
        assertThat(computed).containsExactlyElementsOf(CABINET_OFFICE_HOLIDAYS);
    }

    @ParameterizedTest(name = "{0}: holiday={1} closure={2} business={3}")
    @CsvSource({
            // date,      holiday, closure, business, why
            "2026-05-06, true,  false, false, substitute for Constitution Day on a Sunday",
            "2026-09-22, true,  false, false, citizens' holiday between two national holidays",
            "2025-02-24, true,  false, false, substitute for the Emperor's Birthday on a Sunday",
            "2027-03-22, true,  false, false, substitute for the vernal equinox on a Sunday",
            "2026-12-23, false, false, true,  no longer the Emperor's Birthday",
            "2026-05-07, false, false, true,  first business day after Golden Week",
            "2026-05-09, false, false, false, Saturday",
            "2026-05-10, false, false, false, Sunday",
            "2026-12-28, false, false, true,  last day before the closure",
            "2026-12-29, false, true,  false, closure starts",
            "2026-12-31, false, true,  false, closure",
            "2027-01-01, true,  true,  false, New Year's Day inside the closure",
            "2027-01-03, false, true,  false, closure ends",
            "2027-01-04, false, false, true,  first business day of the year",
    })
    void classifiesDays(LocalDate date, boolean holiday, boolean closure, boolean business, String why) {
        assertThat(calendar.isHoliday(date)).as(why).isEqualTo(holiday);
        assertThat(calendar.isYearEndClosure(date)).as(why).isEqualTo(closure);
        assertThat(calendar.isBusinessDay(date)).as(why).isEqualTo(business);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "2026-05-08, 2026-05-08, a business day stays",
            "2026-05-09, 2026-05-11, Saturday to Monday",
            "2026-05-02, 2026-05-07, Golden Week run including the substitute holiday",
            "2026-09-19, 2026-09-24, Silver Week: weekend, national, citizens' and equinox holidays",
            "2026-12-29, 2027-01-04, year-end closure",
            "2027-01-02, 2027-01-04, inside the closure",
            "2027-01-09, 2027-01-12, weekend then Coming of Age Day",
    })
    void rollsToTheNextBusinessDay(LocalDate date, LocalDate expected, String why) {
        assertThat(calendar.nextBusinessDayOnOrAfter(date)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
    @CsvSource({
            "2026-05-08, 0,  2026-05-08, zero is the day itself",
            "2026-05-08, 1,  2026-05-11, Friday plus one is Monday",
            "2026-04-30, 2,  2026-05-07, Golden Week is skipped",
            "2026-04-30, 10, 2026-05-19, two weeks of business days across Golden Week",
            "2026-12-25, 1,  2026-12-28, Friday before the closure",
            "2026-12-28, 1,  2027-01-04, across the closure",
            "2026-05-11, -1, 2026-05-08, backwards",
            "2026-05-07, -1, 2026-05-01, backwards across Golden Week",
            "2026-05-07, -2, 2026-04-30, two business days back across Golden Week",
    })
    void addsBusinessDays(LocalDate date, int days, LocalDate expected, String why) {
        assertThat(calendar.plusBusinessDays(date, days)).as(why).isEqualTo(expected);
    }

    @Test
    void theClosureIsConfigurableAndNeedNotWrapTheYear() {
        BusinessCalendar summer = new BusinessCalendar("08-13..08-16");
        assertThat(summer.isYearEndClosure(LocalDate.of(2026, 8, 14))).isTrue();
        assertThat(summer.isYearEndClosure(LocalDate.of(2026, 12, 30))).isFalse();
        assertThat(summer.isBusinessDay(LocalDate.of(2026, 12, 30))).isTrue();
        assertThat(LocalDate.of(2026, 12, 30).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThatThrownBy(() -> new BusinessCalendar("12-29")).isInstanceOf(IllegalArgumentException.class);
    }
}
