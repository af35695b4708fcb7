package se.barnunga.platform.audit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.WebApplicationException;

import org.axonframework.modelling.command.AggregateNotFoundException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.security.CurrentUser;

/** Writes the {@link AuditLog} entry of every {@link Audited} call, with its outcome. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class AuditInterceptor {

    @Inject
    AuditLog log;
    @Inject
    SecurityIdentity identity;
    @Inject
    TransactionManager jta;

    @AroundInvoke
    Object audit(InvocationContext ctx) throws Exception {
        Method method = ctx.getMethod();
        Audited audited = method.getAnnotation(Audited.class);
        if (audited == null) {
            audited = method.getDeclaringClass().getAnnotation(Audited.class);
        }
        // a case named both by a @CaseId parameter and by the AuditedCases answer is one case: one entry, not two
        Set<String> cases = new LinkedHashSet<>();
        Annotation[][] parameterAnnotations = method.getParameterAnnotations();
        for (int i = 0; i < parameterAnnotations.length; i++) {
            for (Annotation a : parameterAnnotations[i]) {
                if (a instanceof CaseId && ctx.getParameters()[i] != null) {
                    cases.add(ctx.getParameters()[i].toString());
                }
            }
        }
        // A change runs in a transaction of its own that also takes its entry: the command dispatched synchronously
        // in it (Axon's JtaTransactionManager joins an active transaction) commits its events and the entry in one
        // commit. A refused or failed call rolls back and has its entry written by the group commit.
        boolean owned = audited.action() == Audited.Action.CHANGE && audited.inCallTransaction()
                && jta.getStatus() == Status.STATUS_NO_TRANSACTION;
        if (owned) {
            jta.begin();
        }
        String outcome = "ERROR";
        boolean committedWithEntry = false;
        try {
            Object result = ctx.proceed();
            Object entity = result instanceof jakarta.ws.rs.core.Response response ? response.getEntity() : result;
            if (entity instanceof AuditedCases listed) {
                cases.addAll(listed.auditedCaseIds());
            }
            if (owned) {
                if (jta.getStatus() != Status.STATUS_ACTIVE) {
                    throw new IllegalStateException("the change was rolled back");
                }
                write(audited, method, cases, "OK", true);
                jta.commit();
                committedWithEntry = true;
            }
            outcome = "OK";
            return result;
        } catch (NotPermitted | ForbiddenException e) {
            outcome = "DENIED";
            throw e;
        } catch (AggregateNotFoundException e) {
            outcome = "NOT_FOUND";
            throw e;
        } catch (WebApplicationException e) {
            outcome = e.getResponse().getStatus() == 404 ? "NOT_FOUND" : "REJECTED_" + e.getResponse().getStatus();
            throw e;
        } catch (RuntimeException e) {
            outcome = "REJECTED";
            throw e;
        } finally {
            // outcome "ERROR" here: a checked exception, or the commit itself failed (change and entry rolled back)
            if (owned && jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                jta.rollback();
            }
            if (!committedWithEntry) {
                write(audited, method, cases, outcome, false);
            }
        }
    }

    private void write(Audited audited, Method method, Set<String> cases, String outcome, boolean inCurrentTransaction) {
        String roles = identity.getRoles().stream().sorted().collect(Collectors.joining(","));
        Object enhet = identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt
                ? jwt.getClaim(CurrentUser.UNIT_CLAIM) : null;
        String user = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String unit = enhet == null ? null : enhet.toString().replace("\"", "");
        String resource = audited.resource().isEmpty() ? method.getDeclaringClass().getSimpleName() : audited.resource();
        if (inCurrentTransaction) {
            log.recordInCurrentTransaction(user, roles, unit, audited.action(), resource, operation(method), cases, outcome);
        } else {
            log.record(user, roles, unit, audited.action(), resource, operation(method), cases, outcome);
        }
    }

    private static String operation(Method method) {
        String verb = method.isAnnotationPresent(GET.class) ? "GET"
                : method.isAnnotationPresent(POST.class) ? "POST"
                : method.isAnnotationPresent(PUT.class) ? "PUT"
                : method.isAnnotationPresent(DELETE.class) ? "DELETE"
                : method.isAnnotationPresent(PATCH.class) ? "PATCH" : method.getName();
        Path classPath = method.getDeclaringClass().getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        return verb + " " + (classPath == null ? "" : classPath.value()) + (methodPath == null ? "" : "/" + methodPath.value().replaceFirst("^/", ""));
    }
}
