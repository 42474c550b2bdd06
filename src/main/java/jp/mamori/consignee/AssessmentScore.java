package jp.mamori.consignee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The weighted score of a set of answers: points earned out of points possible, both in
 * half-weights. Whether it passes is decided on the exact fraction, never on the rounded
 * percentage, so a score just under the pass mark cannot round up into a pass.
 *
 * @param earned   half-weights earned
 * @param possible half-weights possible (criteria that do not apply excluded)
 */
public record AssessmentScore(int earned, int possible) {

    /** A weight with the answer given to it. */
    public record Weighted(int weight, AnswerLevel answer) {
    }

    public static AssessmentScore of(List<Weighted> answers) {
        int earned = 0;
        int possible = 0;
        for (Weighted answered : answers) {
            if (answered.answer() != null && answered.answer().counts()) {
                earned += answered.weight() * answered.answer().halves();
                possible += answered.weight() * AnswerLevel.MET.halves();
            }
        }
        return new AssessmentScore(earned, possible);
    }

    /** The percentage, rounded down to one decimal; 0 when nothing applies. */
    public BigDecimal percent() {
        if (possible == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(earned * 100L).divide(BigDecimal.valueOf(possible), 1, RoundingMode.DOWN);
    }

    public boolean passes(int passMark) {
        return possible > 0 && earned * 100L >= (long) passMark * possible;
    }
}
