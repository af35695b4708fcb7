package se.barnunga.platform.identity;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates with {@link Personnummer#parse(String, Clock)} against the service's clock. */
public class ValidPersonnummerValidator implements ConstraintValidator<ValidPersonnummer, String> {

    @Inject
    Clock clock;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            Personnummer.parse(value, clock);
            return true;
        } catch (Personnummer.InvalidPersonnummerException e) {
            context.disableDefaultConstraintViolation();
            // the message names the rule (format, date, check digit, future) and never the value
            context.buildConstraintViolationWithTemplate(e.getMessage().replace("{", "(").replace("}", ")").replace("$", ""))
                    .addConstraintViolation();
            return false;
        }
    }
}
