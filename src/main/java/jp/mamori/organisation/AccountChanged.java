package jp.mamori.organisation;

/**
 * Published when an account was saved by an administrator or an HR import: its roles,
 * department or active flag may have changed, so whoever keeps an authentication of it
 * (security's API-token check) must look again.
 */
public record AccountChanged(long userId) {
}
