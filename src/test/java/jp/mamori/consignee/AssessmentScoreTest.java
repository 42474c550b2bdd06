package jp.mamori.consignee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentScoreTest {

    @Test
    void passesOnTheExactFractionNotOnTheRoundedPercentage() {
        AssessmentScore exactlyAtMark = AssessmentScore.of(List.of(
                new AssessmentScore.Weighted(70, AnswerLevel.MET), new AssessmentScore.Weighted(30, AnswerLevel.NOT_MET)));
        assertThat(exactlyAtMark.percent()).isEqualByComparingTo("70.0");
        assertThat(exactlyAtMark.passes(70)).isTrue();

        AssessmentScore justBelow = new AssessmentScore(139_999, 200_000);
        assertThat(justBelow.percent()).isEqualByComparingTo("69.9");
        assertThat(justBelow.passes(70)).isFalse();

        AssessmentScore partly = AssessmentScore.of(List.of(
                new AssessmentScore.Weighted(10, AnswerLevel.PARTLY), new AssessmentScore.Weighted(10, AnswerLevel.MET),
                new AssessmentScore.Weighted(50, AnswerLevel.NOT_APPLICABLE)));
        assertThat(partly.percent()).isEqualByComparingTo("75.0");
        assertThat(partly.passes(75)).isTrue();
        assertThat(partly.passes(76)).isFalse();

        AssessmentScore nothingApplies = AssessmentScore.of(List.of(new AssessmentScore.Weighted(10, AnswerLevel.NOT_APPLICABLE)));
        assertThat(nothingApplies.percent()).isEqualByComparingTo("0");
        assertThat(nothingApplies.passes(0)).isFalse();
    }
}
