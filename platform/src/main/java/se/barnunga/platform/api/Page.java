package se.barnunga.platform.api;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;

import se.barnunga.platform.audit.AuditedCases;

/**
 * One page of a list. When the items are cases, each one shown is audited as read ({@link #ofCases}).
 *
 * @param items   the items of this page
 * @param page    the page number, from 0
 * @param size    the page size asked for
 * @param total   how many items there are in all
 * @param caseIds the ids of the cases shown, for the audit log (not serialized)
 */
public record Page<T>(List<T> items, int page, int size, long total, @JsonIgnore List<String> caseIds)
        implements AuditedCases {

    /** A page whose items are cases. */
    public static <T> Page<T> ofCases(List<T> items, int page, int size, long total, Function<T, String> caseId) {
        return new Page<>(items, page, size, total, items.stream().map(caseId).toList());
    }

    @Override
    public Collection<String> auditedCaseIds() {
        return caseIds;
    }
}
