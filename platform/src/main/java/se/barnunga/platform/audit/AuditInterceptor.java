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
        String outcome = "ERROR";
        try {
            Object result = ctx.proceed();
            Object entity = result instanceof jakarta.ws.rs.core.Response response ? response.getEntity() : result;
            if (entity instanceof AuditedCases listed) {
                cases.addAll(listed.auditedCaseIds());
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
            String roles = identity.getRoles().stream().sorted().collect(Collectors.joining(","));
            Object enhet = identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt
                    ? jwt.getClaim(CurrentUser.UNIT_CLAIM) : null;
            log.record(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(), roles,
                    enhet == null ? null : enhet.toString().replace("\"", ""), audited.action(),
                    audited.resource().isEmpty() ? method.getDeclaringClass().getSimpleName() : audited.resource(),
                    operation(method), cases, outcome);
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
