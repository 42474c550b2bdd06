/**
 * Policy documents (個人情報保護方針, internal rules, procedures): versions drafted by the privacy
 * manager, approved or returned by top management, published, and acknowledged by every worker.
 */
package jp.mamori.policy;
