package org.carepath.platform.nhs;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A valid NHS number: ten digits with a correct Modulus 11 check digit. Null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = NhsNumberValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface NhsNumber {

    String message() default "must be a 10-digit NHS number with a valid Modulus 11 check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
