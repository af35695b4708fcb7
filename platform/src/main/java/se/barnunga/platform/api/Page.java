package se.barnunga.platform.api;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import se.barnunga.platform.audit.AuditedCases;

/**
 * One page of a list.
 *
 * @param items the items of this page
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many items there are in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** A page whose items are cases: each one shown is audited as read. */
    public static <T> CasePage<T> ofCases(List<T> items, int page, int size, long total, Function<T, String> caseId) {
        return new CasePage<>(items, page, size, total, items.stream().map(caseId).toList());
    }

    /** A {@link Page} of cases, with the ids the audit log records. */
    public record CasePage<T>(List<T> items, int page, int size, long total,
                              @com.fasterxml.jackson.annotation.JsonIgnore List<String> caseIds) implements AuditedCases {
        @Override
        public Collection<String> auditedCaseIds() {
            return caseIds;
        }
    }
}
