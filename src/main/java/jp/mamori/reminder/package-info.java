/**
 * The reminder engine: turns every feature's due dates into notifications, exactly once.
 * Features contribute {@link jp.mamori.reminder.ObligationSource}s; this module depends on
 * no feature.
 */
package jp.mamori.reminder;
