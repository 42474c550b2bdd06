/**
 * Safeguards (安全管理措置): the shipped catalogue of check items per framework and the
 * organisation's tailoring of it, operational checks (運用の確認) with evidence files,
 * follow-ups of unmet items, and readiness against the JAPHIC rule.
 */
package jp.mamori.safeguard;
