package se.barnunga.platform.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A personnummer or samordningsnummer in one of the accepted forms, a real date not in the future and a correct
 * check digit. The violation's message says which rule failed, never the value. {@code null} is valid (use
 * {@code @NotNull} where required).
 */
@Documented
@Constraint(validatedBy = ValidPersonnummerValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPersonnummer {

    String message() default "ogiltigt personnummer";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
