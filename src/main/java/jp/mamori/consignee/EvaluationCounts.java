package jp.mamori.consignee;

/**
 * Where consignee supervision stands, for dashboards and the management review.
 *
 * @param evaluated             selection assessments decided in the period
 * @param rejected              of those, rejected
 * @param overdue               consignees under supervision whose re-evaluation date has passed (today)
 * @param suspended             consignees suspended now
 * @param certificationLapsed   consignees still relied on (active, neither terminated nor rejected) with a lapsed
 *                              certification (today)
 * @param supervised            consignees approved, with or without conditions, now
 */
public record EvaluationCounts(long evaluated, long rejected, long overdue, long suspended, long certificationLapsed,
                               long supervised) {
}
