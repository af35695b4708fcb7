package se.barnunga.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Every call of an annotated endpoint goes to the append-only audit log: who (user, roles, unit), what
 * ({@link #resource()}, {@link #action()}, the endpoint), when, which case ({@link CaseId} parameter, or the cases a
 * result lists via {@link AuditedCases}) and the outcome. Put it on every endpoint that reads or changes personal data.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

    /** What kind of data, e.g. {@code uppdrag}, {@code oro}. */
    @Nonbinding
    String resource() default "";

    @Nonbinding
    Action action() default Action.READ;

    /**
     * For a {@link Action#CHANGE}: run the call in one JTA transaction that also holds its audit entry, so a command
     * dispatched in it commits its events and its entry together (one commit). Off for a call that manages its own
     * transactions (many commands, each committed on its own, or processors stopped and started).
     */
    @Nonbinding
    boolean inCallTransaction() default true;

    enum Action {
        READ, CHANGE
    }
}
