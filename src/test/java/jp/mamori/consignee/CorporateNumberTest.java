package jp.mamori.consignee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CorporateNumberTest {

    @Test
    void realCorporateNumbersPassTheCheckDigit() {
        // The National Tax Agency itself, Toyota Motor, and the worked example of the NTA's guide.
        assertThat(CorporateNumber.isValid("7000012050002")).isTrue();
        assertThat(CorporateNumber.isValid("1180301018771")).isTrue();
        assertThat(CorporateNumber.isValid("7123456789012")).isTrue();
        assertThat(CorporateNumber.checkDigit("000012050002")).isEqualTo(7);
    }

    @Test
    void aWrongDigitOrLengthFails() {
        assertThat(CorporateNumber.isValid("8000012050002")).isFalse();
        assertThat(CorporateNumber.isValid("7000012050003")).isFalse();
        assertThat(CorporateNumber.isValid("700001205000")).isFalse();
        assertThat(CorporateNumber.isValid("70000120500A2")).isFalse();
        assertThat(CorporateNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> CorporateNumber.checkDigit("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersAreNormalisedAsPeopleTypeThem() {
        assertThat(CorporateNumber.normalise("７０００ ０１２０-５０００２")).isEqualTo("7000012050002");
        assertThat(CorporateNumber.normalise("  ")).isNull();
        assertThat(new ValidCorporateNumber.Validator().isValid("7000-0120-50002", null)).isTrue();
        assertThat(new ValidCorporateNumber.Validator().isValid("", null)).isTrue();
    }
}
