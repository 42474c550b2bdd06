package jp.mamori.ledger;

/** A risk as an edit wants it: the id of the risk it updates (null for a new one) and its assessment. */
record WantedRisk(Long id, RiskAssessment values) {
}
