package org.carepath.platform.nhs;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NhsNumberValidator implements ConstraintValidator<NhsNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || NhsNumbers.isValid(value);
    }
}
