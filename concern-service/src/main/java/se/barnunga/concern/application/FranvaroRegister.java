package se.barnunga.concern.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;

/**
 * Absences of social secretaries, which the routing respects ("när ansvarig socialsekreterare inte är tillgänglig").
 * A secretary registers her own; the unit manager registers anyone's in the unit. Kept as plain rows: an absence is
 * staff scheduling, not a step of a concern's case.
 */
@ApplicationScoped
public class FranvaroRegister {

    @Inject
    Clock clock;

    @Transactional
    public Franvaro registrera(Actor actor, String socialsekreterare, LocalDate fran, LocalDate tom) {
        String vem = socialsekreterare == null ? actor.userId() : socialsekreterare;
        if (!vem.equals(actor.userId()) && !(actor.has(Roll.ENHETSCHEF) && AnsvarigSocialsekreterareVy.count(
                "socialsekreterare = ?1 and myndighetsenhet = ?2", vem, actor.enhet()) > 0)) {
            throw new NotPermitted("En annan socialsekreterares frånvaro registreras av enhetschefen för hennes enhet");
        }
        if (vem.equals(actor.userId()) && !actor.has(Roll.SOCIALSEKRETERARE) && !actor.has(Roll.ENHETSCHEF)) {
            throw new NotPermitted("Frånvaro registreras för socialsekreterare");
        }
        if (tom.isBefore(fran)) {
            throw new RuleViolation("tom", "PERIOD_OGILTIG", "Frånvarons sista dag ligger före dess första.");
        }
        if (fran.isBefore(LocalDate.now(clock).minusYears(1)) || tom.isAfter(LocalDate.now(clock).plusYears(2))) {
            throw new RuleViolation("fran", "DATUM_ORIMLIGT", "Frånvaron ska ligga inom ett år bakåt och två år framåt.");
        }
        Franvaro f = new Franvaro();
        f.franvaroId = UUID.randomUUID().toString();
        f.socialsekreterare = vem;
        f.enhet = actor.enhet();
        f.fran = fran;
        f.tom = tom;
        f.registreradAv = actor.userId();
        f.registrerad = clock.instant();
        f.persist();
        return f;
    }

    /** Current and coming absences in the actor's unit. */
    public List<Franvaro> aktuella(Actor actor) {
        return Franvaro.list("enhet = ?1 and tom >= ?2", Sort.ascending("fran", "socialsekreterare"), actor.enhet(), LocalDate.now(clock));
    }

    /** Removes an absence (registered in error, or the secretary is back): her own, or the unit manager's unit's. */
    @Transactional
    public boolean taBort(Actor actor, String franvaroId) {
        Franvaro f = Franvaro.findById(franvaroId);
        if (f == null) {
            return false;
        }
        boolean egen = f.socialsekreterare.equals(actor.userId());
        boolean chef = actor.has(Roll.ENHETSCHEF) && actor.enhet().equals(f.enhet);
        if (!egen && !chef) {
            throw new NotPermitted("Frånvaron tas bort av socialsekreteraren själv eller enhetschefen");
        }
        f.delete();
        return true;
    }
}
