/**
 * The home page: a dashboard per role. Features contribute
 * {@link jp.mamori.home.ReadinessIndicator}s (the privacy manager's readiness by area) and
 * {@link jp.mamori.home.TaskSource}s (what awaits a person); open obligations of every
 * feature's {@link jp.mamori.reminder.ObligationSource} are everyone's tasks. This module
 * depends on no feature but the organisation and the reminder engine.
 */
package jp.mamori.home;
