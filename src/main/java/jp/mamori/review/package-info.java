/**
 * Management review (マネジメントレビュー): once a year top management reviews the PMS. The
 * draft is gathered from every feature's {@link jp.mamori.review.ReviewInputSource}, edited
 * by the privacy manager, and decided (and locked) by top management; minutes as PDF. This
 * module depends on no feature but the organisation: features contribute their inputs.
 */
package jp.mamori.review;
