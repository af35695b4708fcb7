package se.barnunga.platform.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;

/**
 * The caller of the current request, from the verified token (SmallRye JWT): subject, roles ({@code groups}) and unit
 * ({@code enhet} claim). Resources hand {@link #actor()} to commands, so aggregates can enforce the routine's roles.
 */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "enhet";

    @Inject
    JsonWebToken token;

    public String userId() {
        return token.getName();
    }

    public Set<Roll> roles() {
        Set<Roll> roles = EnumSet.noneOf(Roll.class);
        for (String group : token.getGroups()) {
            Roll.fromClaim(group).ifPresent(roles::add);
        }
        return roles;
    }

    /** The user's unit; every staff token must carry one. */
    public String enhet() {
        Object claim = token.getClaim(UNIT_CLAIM);
        String enhet = claim == null ? null : claim.toString().replace("\"", "").trim();
        if (enhet == null || enhet.isEmpty()) {
            throw new NotPermitted("Token saknar enhet (anspråket '" + UNIT_CLAIM + "').");
        }
        return enhet;
    }

    public Actor actor() {
        return new Actor(userId(), roles(), enhet());
    }
}
