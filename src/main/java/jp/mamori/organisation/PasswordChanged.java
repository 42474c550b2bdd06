package jp.mamori.organisation;

/**
 * Published when a password is set, by its owner or by an administrator; security listens
 * to lift a lockout and revoke sessions' reliance on the old secret.
 */
public record PasswordChanged(long userId, String username, boolean byAdministrator) {
}
