package se.barnunga.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a public contract event. The CloudEvents {@code type} is {@link #type()}, spelled exactly as the
 * routine does (e.g. {@code InsatsVerkställd}); the record's simple name is its ASCII form and names its JSON Schema,
 * {@code schemas/<topic>/<SimpleName>.schema.json} on the classpath of this jar.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ContractEvent {

    /** The CloudEvents {@code type}: the event's name in the routine's words, exact spelling. */
    String type();

    /** The topic the event is published on, one of {@link Topics}. */
    String topic();
}
