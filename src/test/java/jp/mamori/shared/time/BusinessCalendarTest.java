package jp.mamori.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.japan();

    /** The Cabinet Office's published holidays for 2025–2027, substitute and citizens' holidays included. */
    @Test
    void japaneseHolidaysOf2025To2027AsPublished() {
        assertThat(calendar.holidays(2025).keySet()).containsExactly(
                d("2025-01-01"), d("2025-01-13"), d("2025-02-11"), d("2025-02-23"), d("2025-02-24"), d("2025-03-20"),
                d("2025-04-29"), d("2025-05-03"), d("2025-05-04"), d("2025-05-05"), d("2025-05-06"), d("2025-07-21"),
                d("2025-08-11"), d("2025-09-15"), d("2025-09-23"), d("2025-10-13"), d("2025-11-03"), d("2025-11-23"),
                d("2025-11-24"));
        assertThat(calendar.holidays(2026).keySet()).containsExactly(
                d("2026-01-01"), d("2026-01-12"), d("2026-02-11"), d("2026-02-23"), d("2026-03-20"), d("2026-04-29"),
                d("2026-05-03"), d("2026-05-04"), d("2026-05-05"), d("2026-05-06"), d("2026-07-20"), d("2026-08-11"),
                d("2026-09-21"), d("2026-09-22"), d("2026-09-23"), d("2026-10-12"), d("2026-11-03"), d("2026-11-23"));
        assertThat(calendar.holidays(2027).keySet()).containsExactly(
                d("2027-01-01"), d("2027-01-11"), d("2027-02-11"), d("2027-02-23"), d("2027-03-21"), d("2027-03-22"),
                d("2027-04-29"), d("2027-05-03"), d("2027-05-04"), d("2027-05-05"), d("2027-07-19"), d("2027-08-11"),
                d("2027-09-20"), d("2027-09-23"), d("2027-10-11"), d("2027-11-03"), d("2027-11-23"));
        assertThat(calendar.holidays(2026)).containsEntry(d("2026-05-06"), "SUBSTITUTE")
                .containsEntry(d("2026-09-22"), "CITIZENS_HOLIDAY");
    }

    @ParameterizedTest(name = "{0} business day: {1}")
    @CsvSource({
            "2026-05-01, true", "2026-05-02, false", "2026-05-06, false", "2026-05-07, true",
            "2026-09-22, false", "2026-09-24, true", "2026-12-23, true", "2026-12-28, true", "2026-12-29, false",
            "2026-12-31, false", "2027-01-03, false", "2027-01-04, true", "2019-05-01, false", "2019-04-30, false",
            "2020-07-24, false", "2020-10-12, true", "2021-08-09, false"})
    void businessDays(LocalDate date, boolean business) {
        assertThat(calendar.isBusinessDay(date)).isEqualTo(business);
    }

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            "2026-05-01, 1, 2026-05-07", "2026-05-01, 0, 2026-05-01", "2026-04-28, 2, 2026-05-01", "2026-04-28, 3, 2026-05-07",
            "2026-12-25, 1, 2026-12-28", "2026-12-25, 2, 2027-01-04", "2026-09-18, 1, 2026-09-24",
            "2027-01-04, -1, 2026-12-28"})
    void plusBusinessDays(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.plusBusinessDays(start, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} moves to {1}")
    @CsvSource({"2026-05-02, 2026-05-07", "2026-05-07, 2026-05-07", "2026-12-29, 2027-01-04", "2026-09-19, 2026-09-24"})
    void nextBusinessDayOnOrAfter(LocalDate date, LocalDate expected) {
        assertThat(calendar.nextBusinessDayOnOrAfter(date)).isEqualTo(expected);
    }

    @Test
    void aBreachReportDeadlineLandingOnADayOffMovesToTheNextBusinessDay() {
        assertThat(calendar.deadline(d("2026-04-06"), 30)).isEqualTo(d("2026-05-07"));
        assertThat(calendar.deadline(d("2026-10-28"), 60)).isEqualTo(d("2026-12-28"));
        assertThat(calendar.deadline(d("2026-10-30"), 60)).isEqualTo(d("2027-01-04"));
        assertThat(calendar.deadline(d("2026-11-01"), 60)).isEqualTo(d("2027-01-04"));
    }

    @Test
    void theYearEndClosureIsConfigurable() {
        BusinessCalendar shorter = new BusinessCalendar(MonthDay.of(12, 30), MonthDay.of(1, 2));
        assertThat(shorter.isBusinessDay(d("2026-12-29"))).isTrue();
        assertThat(shorter.isBusinessDay(d("2026-12-30"))).isFalse();
        assertThat(shorter.isBusinessDay(d("2027-01-04"))).isTrue();
        BusinessCalendar withinYear = new BusinessCalendar(MonthDay.of(8, 13), MonthDay.of(8, 16));
        assertThat(withinYear.isBusinessDay(d("2026-08-14"))).isFalse();
        assertThat(withinYear.isBusinessDay(d("2026-12-29"))).isTrue();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
