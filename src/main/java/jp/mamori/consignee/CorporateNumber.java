package jp.mamori.consignee;

import java.text.Normalizer;

/**
 * The 13-digit corporate number (法人番号) the National Tax Agency assigns. Its first digit is a
 * check digit over the 12-digit base number (財務省令第七十号 第二条):
 * {@code 9 - (Σ Pn × Qn mod 9)}, where Pn is the n-th digit counted from the right of the base
 * number and Qn is 1 for odd n, 2 for even n.
 */
public final class CorporateNumber {

    public static final int LENGTH = 13;

    private CorporateNumber() {
    }

    /**
     * The digits as stored: blanks and hyphens removed, full-width digits made half-width, as
     * people copy the number from registry extracts. Null when nothing is left.
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
        return digits.isEmpty() ? null : digits;
    }

    public static boolean isValid(String number) {
        if (number == null || number.length() != LENGTH || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return number.charAt(0) - '0' == checkDigit(number.substring(1));
    }

    /** The check digit of a 12-digit base number (会社法人等番号, say). */
    public static int checkDigit(String baseNumber) {
        if (baseNumber == null || baseNumber.length() != LENGTH - 1
                || !baseNumber.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("A base number has 12 digits");
        }
        int sum = 0;
        for (int n = 1; n <= LENGTH - 1; n++) {
            int digit = baseNumber.charAt(baseNumber.length() - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
