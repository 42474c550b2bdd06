/**
 * Training (教育): courses with material, a comprehension test and a versioned pledge; who
 * must take which course by when; quiz submissions and attestations that can never change;
 * completion figures, exports and the examiners' reports.
 */
package jp.mamori.training;
