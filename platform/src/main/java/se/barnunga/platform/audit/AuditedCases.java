package se.barnunga.platform.audit;

import java.util.Collection;

/** A result of an {@link Audited} endpoint that shows several cases (e.g. a page): each is logged as read. */
public interface AuditedCases {

    Collection<String> auditedCaseIds();
}
