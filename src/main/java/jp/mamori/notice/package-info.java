/**
 * The public notice (公表事項): generated from the records (policy, ledger purposes and
 * provisions, safeguards, request procedure) and the notice settings, as HTML and PDF, in
 * Japanese and English.
 */
package jp.mamori.notice;
