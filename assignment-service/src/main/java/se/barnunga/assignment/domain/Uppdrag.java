package se.barnunga.assignment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.StateConflict;

/**
 * One assignment (uppdrag) from the social secretary to a performing unit. Walking skeleton: registered, sent and
 * received; the full routine (enquiry, decision, planning, start, plan, closure) is the assignment-service issue.
 */
@AggregateRoot
public class Uppdrag {

    @AggregateIdentifier
    private String uppdragId;
    private Uppdragstyp typ;
    private Barn barn;
    private String utforarenhet;
    private String myndighetsenhet;
    private String socialsekreterare;
    private Uppdragsstatus status;

    protected Uppdrag() {
        // for Axon
    }

    @CommandHandler
    public Uppdrag(RegistreraUppdrag command) {
        Actor actor = command.actor();
        actor.require(Roll.SOCIALSEKRETERARE, "Att registrera ett uppdrag");
        apply(new UppdragRegistrerat(command.uppdragId(), command.typ(), command.barn(), command.utforarenhet(),
                actor.enhet(), actor.userId(), command.tidpunkt()));
    }

    @CommandHandler
    public void handle(SkickaUppdrag command) {
        Actor actor = command.actor();
        actor.require(Roll.SOCIALSEKRETERARE, "Att skicka uppdraget");
        if (!actor.enhet().equals(myndighetsenhet)) {
            throw new NotPermitted("Uppdraget skickas av en socialsekreterare på den enhet som äger ärendet.");
        }
        if (status != Uppdragsstatus.REGISTRERAT) {
            throw new StateConflict("UPPDRAG_REDAN_SKICKAT", "Uppdraget är redan skickat.");
        }
        Instant skickat = command.tidpunkt();
        apply(new UppdragSkickat(uppdragId, typ, barn, utforarenhet, myndighetsenhet, socialsekreterare, actor.userId(), skickat));
    }

    @CommandHandler
    public void handle(BekraftaMottagande command) {
        Actor actor = command.actor();
        actor.require(Roll.METODHANDLEDARE, "Att bekräfta att uppdraget är mottaget");
        if (!actor.enhet().equals(utforarenhet)) {
            throw new NotPermitted("Uppdraget bekräftas av metodhandledaren på den utförarenhet det är skickat till.");
        }
        if (status == Uppdragsstatus.REGISTRERAT) {
            throw new StateConflict("UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        }
        if (status == Uppdragsstatus.MOTTAGET) {
            throw new StateConflict("UPPDRAG_REDAN_MOTTAGET", "Uppdraget är redan bekräftat som mottaget.");
        }
        apply(new UppdragMottaget(uppdragId, utforarenhet, actor.userId(), command.tidpunkt()));
    }

    @EventSourcingHandler
    void on(UppdragRegistrerat event) {
        uppdragId = event.uppdragId();
        typ = event.typ();
        barn = event.barn();
        utforarenhet = event.utforarenhet();
        myndighetsenhet = event.myndighetsenhet();
        socialsekreterare = event.socialsekreterare();
        status = Uppdragsstatus.REGISTRERAT;
    }

    @EventSourcingHandler
    void on(UppdragSkickat event) {
        status = Uppdragsstatus.SKICKAT;
    }

    @EventSourcingHandler
    void on(UppdragMottaget event) {
        status = Uppdragsstatus.MOTTAGET;
    }
}
