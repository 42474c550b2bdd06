package jp.mamori.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LeadTimesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "{0} days before the due date: {1}")
    @CsvSource(nullValues = "none", value = {
            "45, none", "31, none", "30, BEFORE_30", "29, BEFORE_30", "8, BEFORE_30", "7, BEFORE_7", "2, BEFORE_7",
            "1, BEFORE_1", "0, DUE", "-1, OVERDUE_1", "-7, OVERDUE_1", "-8, OVERDUE_2", "-14, OVERDUE_2",
            "-15, OVERDUE_3", "-365, OVERDUE_53"})
    void theLatestStageDueOnADay(int daysBefore, String stage) {
        Stage latest = LeadTimes.DEFAULT.latestStage(DUE, DUE.minusDays(daysBefore));
        assertThat(latest == null ? null : latest.code()).isEqualTo(stage);
    }

    @Test
    void eachStageFiresOnTheDayItIsTheLatestStage() {
        for (String code : List.of("BEFORE_30", "BEFORE_7", "BEFORE_1", "DUE", "OVERDUE_1", "OVERDUE_2", "OVERDUE_9")) {
            Stage stage = Stage.parse(code);
            LocalDate fires = stage.fireDate(DUE, 7);
            assertThat(LeadTimes.DEFAULT.latestStage(DUE, fires)).as(code).isEqualTo(stage);
            assertThat(LeadTimes.DEFAULT.latestStage(DUE, fires.minusDays(1))).as(code).isNotEqualTo(stage);
            assertThat(stage.code()).isEqualTo(code);
        }
    }

    @Test
    void daysAreReadLeniently() {
        assertThat(LeadTimes.parseDays(" 30, 7、1 ,0", "days")).containsExactly(30, 7, 1, 0);
        assertThat(new LeadTimes(List.of(1, 30, 7, 7), 3).daysText()).isEqualTo("30,7,1");
        assertThatThrownBy(() -> LeadTimes.parseDays("30,,7", "days")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> LeadTimes.parseDays("400", "days")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> LeadTimes.parseDays("-1", "days")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theCatchUpLooksForTheLastTimeTheScheduleShouldHaveFired() {
        Instant now = Instant.parse("2026-11-23T05:00:00Z");
        assertThat(SweepScheduler.previousFireTime("0 0 8 * * ?", now)).contains(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(SweepScheduler.previousFireTime("0 0 8 ? * MON", now)).contains(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(SweepScheduler.previousFireTime("0 0 8 1 1 ? 2030", now)).isEmpty();
        assertThat(SweepScheduler.previousFireTime("* * * * * ?", now)).contains(now);
    }
}
