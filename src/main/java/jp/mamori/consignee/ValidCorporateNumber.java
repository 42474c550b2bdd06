package jp.mamori.consignee;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Empty, or a corporate number (as typed, see {@link CorporateNumber#normalise}) whose check digit is right. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCorporateNumber.Validator.class)
public @interface ValidCorporateNumber {

    String message() default "{consignee.validation.corporateNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCorporateNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String digits = CorporateNumber.normalise(value);
            return digits == null || CorporateNumber.isValid(digits);
        }
    }
}
