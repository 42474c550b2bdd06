package jp.mamori.shared.security;

import jp.mamori.shared.i18n.Labelled;

/** The PMS roles; a person may hold several. */
public enum Role implements Labelled {
    ADMIN,
    PRIVACY_MANAGER,
    AUDITOR,
    TOP_MANAGEMENT,
    EMPLOYEE;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String PRIVACY_MANAGER = "PRIVACY_MANAGER";
        public static final String AUDITOR = "AUDITOR";
        public static final String TOP_MANAGEMENT = "TOP_MANAGEMENT";
        public static final String EMPLOYEE = "EMPLOYEE";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }

    @Override
    public String labelKey() {
        return "role." + name();
    }
}
