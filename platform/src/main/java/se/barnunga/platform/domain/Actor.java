package se.barnunga.platform.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who issues a command: the staff member's id, the roles of the token and the unit ({@code enhet}) the token is
 * scoped to. Commands carry it explicitly, so aggregates enforce "done by the role the routine names" given-when-then.
 *
 * @param userId staff id (the token's subject); never a personnummer
 * @param roles  the token's roles known to the product
 * @param enhet  code of the user's unit
 */
public record Actor(String userId, Set<Roll> roles, String enhet) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(enhet, "enhet");
        roles = Set.copyOf(roles);
    }

    public static Actor of(String userId, String enhet, Roll... roles) {
        return new Actor(userId, Set.of(roles), enhet);
    }

    public boolean has(Roll roll) {
        return roles.contains(roll);
    }

    /** Fails with {@link NotPermitted} unless the actor has the role. */
    public void require(Roll roll, String activity) {
        if (!has(roll)) {
            throw new NotPermitted(activity + " görs av rollen " + roll.claim());
        }
    }
}
