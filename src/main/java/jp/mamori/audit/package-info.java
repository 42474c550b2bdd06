/**
 * Internal audit (内部監査): the yearly programme, the audits with their checklists and
 * reports, graded findings, and corrective actions (是正処置) whose lifecycle is enforced and
 * recorded step by step. Adopts the safeguard module's follow-ups as corrective actions and
 * contributes audit results to the management review.
 */
package jp.mamori.audit;
