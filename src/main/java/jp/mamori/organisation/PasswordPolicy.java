package jp.mamori.organisation;

import jp.mamori.shared.RuleViolation;

/** Long enough to resist guessing, and never the user name. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw RuleViolation.onField("password", "password.error.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw RuleViolation.onField("password", "password.error.tooLong", MAX_LENGTH);
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw RuleViolation.onField("password", "password.error.containsUsername");
        }
    }
}
