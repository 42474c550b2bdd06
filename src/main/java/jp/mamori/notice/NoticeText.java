package jp.mamori.notice;

import jp.mamori.shared.i18n.Labelled;

/**
 * The wordings of the notice that no other record holds. A {@code lines} wording is a list,
 * one item a line. Most have a standard wording in the bundle ({@code notice.default.<code>})
 * used until the organisation writes its own.
 */
public enum NoticeText implements Labelled {
    ORGANISATION_NAME(false),
    REPRESENTATIVE(false),
    INTRODUCTION(false),
    MY_NUMBER_PURPOSE(false),
    THIRD_PARTY_INTRO(false),
    THIRD_PARTY_EXCEPTIONS(true),
    MY_NUMBER_PROVISION(false),
    JOINT_USE(false),
    CONSIGNMENT(false),
    CHECKED_COUNTRIES(true),
    REQUEST_WINDOW(true),
    REQUEST_FORM(false),
    REQUEST_SUBMISSION(false),
    IDENTITY_DOCUMENTS(true),
    PROXY_DOCUMENTS(true),
    FEE_PAYMENT(false),
    REQUEST_NOTES(true),
    COMPLAINT_WINDOW(true),
    ACCREDITED_NAME(false),
    ACCREDITED_CONTACT(true),
    CERTIFICATION_BODY(false),
    SUPPLEMENT(true),
    SIGNATURE(true);

    /** The safeguard framework whose headings the notice follows (通則編 10, seven headings). */
    public static final String SAFEGUARD_FRAMEWORK = "PPC";

    /** Safeguard statements are keyed by the safeguard heading's code: {@code SAFEGUARD:PPC-5}. */
    public static final String SAFEGUARD_PREFIX = "SAFEGUARD:";

    private final boolean lines;

    NoticeText(boolean lines) {
        this.lines = lines;
    }

    public boolean lines() {
        return lines;
    }

    public String code() {
        return name();
    }

    /** English names of the ledger's categories of personal information: {@code CATEGORY:お客様}. */
    public static final String CATEGORY_PREFIX = "CATEGORY:";

    public static String safeguardCode(String headingCode) {
        return SAFEGUARD_PREFIX + headingCode;
    }

    public static String categoryCode(String category) {
        return CATEGORY_PREFIX + category;
    }

    @Override
    public String labelKey() {
        return "notice.text." + name();
    }
}
