package se.barnunga.followup.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;

import io.cloudevents.CloudEvent;
import se.barnunga.contracts.ContractCatalog;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.uppdrag.AnsvarigUtforareUtsedd;
import se.barnunga.contracts.uppdrag.BeslutAterkallat;
import se.barnunga.contracts.uppdrag.GenomforandeplanReviderad;
import se.barnunga.contracts.uppdrag.GenomforandeplanUpprattad;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.InsatsBeviljad;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.PlaneringsmoteGenomfort;
import se.barnunga.contracts.uppdrag.RiskbedomningGjord;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.followup.domain.Avslutsorsak;
import se.barnunga.followup.domain.Kommandon.RegistreraAnsvarigUtforare;
import se.barnunga.followup.domain.Kommandon.RegistreraGenomforandeplan;
import se.barnunga.followup.domain.Kommandon.RegistreraInsatsensSlut;
import se.barnunga.followup.domain.Kommandon.RegistreraPlaneringsmote;
import se.barnunga.followup.domain.Kommandon.RegistreraRiskbedomning;
import se.barnunga.followup.domain.Kommandon.RegistreraUppdrag;
import se.barnunga.followup.domain.Kommandon.RegistreraVerkstallighet;
import se.barnunga.followup.domain.Riskniva;
import se.barnunga.followup.domain.Varden.Barn;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.platform.consuming.ContractEventData;
import se.barnunga.platform.consuming.ContractEventHandler;
import se.barnunga.platform.consuming.PoisonMessage;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Feeds the follow-up records from the assignment-service's events on {@code barnunga.uppdrag.v1} (the assignment's
 * facts, its start, plans, the risk assessment at closure, its end): each event becomes
 * a command on the intervention's {@code Uppfoljning}, in the consumer's transaction, so the CloudEvent id is recorded
 * together with the events it caused (the platform de-duplicates re-delivery). The aggregate merges the facts
 * idempotently and in the order the facts happened, not the order they arrive. Events of other kinds are ignored.
 */
@ApplicationScoped
public class Uppdragshandelser implements ContractEventHandler {

    /** Who records the facts learned from the assignment-service. */
    static final Actor UPPDRAGSTJANSTEN = Actor.of("assignment-service", "SYSTEM", Roll.SYSTEM);

    @Inject
    CommandGateway commands;

    @Override
    public Set<String> topics() {
        return Set.of(Topics.UPPDRAG);
    }

    @Override
    public String name() {
        return "uppfoljning-uppdrag";
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        Object kommando = kommando(event);
        if (kommando != null) {
            commands.sendAndWait(kommando);
        }
    }

    private Object kommando(CloudEvent event) {
        String type = event.getType();
        if (is(type, UppdragSkickat.class)) {
            UppdragSkickat e = ContractEventData.read(event, UppdragSkickat.class);
            return new RegistreraUppdrag(id(event, e.uppdragId()), e.uppdragstyp(), barn(e.barn()), e.insatstyp(), e.beslutsdatum(),
                    mal(e.mal()), e.myndighetsenhet(), e.socialsekreterare(), e.utforarenhet(), tid(event, e.skickad()), UPPDRAGSTJANSTEN);
        }
        if (is(type, InsatsBeviljad.class)) {
            InsatsBeviljad e = ContractEventData.read(event, InsatsBeviljad.class);
            return new RegistreraUppdrag(id(event, e.uppdragId()), e.uppdragstyp(), barn(e.barn()), e.insatstyp(), e.beslutsdatum(),
                    mal(e.mal()), e.myndighetsenhet(), e.socialsekreterare(), e.utforarenhet(), tid(event, e.beslutRegistrerat()),
                    UPPDRAGSTJANSTEN);
        }
        if (is(type, AnsvarigUtforareUtsedd.class)) {
            AnsvarigUtforareUtsedd e = ContractEventData.read(event, AnsvarigUtforareUtsedd.class);
            return new RegistreraAnsvarigUtforare(id(event, e.uppdragId()), e.utforarenhet(), e.ansvarigUtforare(),
                    tid(event, e.utsedd()), UPPDRAGSTJANSTEN);
        }
        if (is(type, PlaneringsmoteGenomfort.class)) {
            PlaneringsmoteGenomfort e = ContractEventData.read(event, PlaneringsmoteGenomfort.class);
            return new RegistreraPlaneringsmote(id(event, e.uppdragId()), e.motesdatum(), e.planeratStartdatum(),
                    e.forstaUppfoljningsmote(), e.socialsekreterare(), e.ansvarigUtforare(), tid(event, e.registrerat()), UPPDRAGSTJANSTEN);
        }
        if (is(type, InsatsVerkstalld.class)) {
            InsatsVerkstalld e = ContractEventData.read(event, InsatsVerkstalld.class);
            return new RegistreraVerkstallighet(id(event, e.uppdragId()), e.uppdragstyp(), barn(e.barn()), e.insatstyp(),
                    e.beslutsdatum(), e.verkstallighetsdatum(), e.myndighetsenhet(), e.socialsekreterare(), e.utforarenhet(),
                    e.ansvarigUtforare(), tid(event, e.dokumenterat()), UPPDRAGSTJANSTEN);
        }
        if (is(type, GenomforandeplanUpprattad.class)) {
            GenomforandeplanUpprattad e = ContractEventData.read(event, GenomforandeplanUpprattad.class);
            return new RegistreraGenomforandeplan(id(event, e.uppdragId()), e.version(), e.upprattadDatum(), false,
                    tid(event, e.registrerat()), UPPDRAGSTJANSTEN);
        }
        if (is(type, GenomforandeplanReviderad.class)) {
            GenomforandeplanReviderad e = ContractEventData.read(event, GenomforandeplanReviderad.class);
            return new RegistreraGenomforandeplan(id(event, e.uppdragId()), e.version(), e.revideradDatum(), true,
                    tid(event, e.registrerat()), UPPDRAGSTJANSTEN);
        }
        if (is(type, RiskbedomningGjord.class)) {
            RiskbedomningGjord e = ContractEventData.read(event, RiskbedomningGjord.class);
            return new RegistreraRiskbedomning(id(event, e.uppdragId()), riskniva(event, e.riskniva()), e.kvarstaendeBehov(),
                    e.bedomningsdatum(), tid(event, e.registrerat()), UPPDRAGSTJANSTEN);
        }
        if (is(type, InsatsAvslutad.class)) {
            InsatsAvslutad e = ContractEventData.read(event, InsatsAvslutad.class);
            return new RegistreraInsatsensSlut(id(event, e.uppdragId()), Avslutsorsak.INSATS_AVSLUTAD, e.avslutsdatum(),
                    tid(event, e.registrerat()), UPPDRAGSTJANSTEN);
        }
        if (is(type, BeslutAterkallat.class)) {
            BeslutAterkallat e = ContractEventData.read(event, BeslutAterkallat.class);
            return new RegistreraInsatsensSlut(id(event, e.uppdragId()), Avslutsorsak.BESLUT_ATERKALLAT, e.aterkallatDatum(),
                    tid(event, e.registrerat()), UPPDRAGSTJANSTEN);
        }
        return null;
    }

    private static boolean is(String type, Class<? extends Record> contract) {
        return type.equals(ContractCatalog.typeOf(contract));
    }


    /** The intervention's id: the event's own, which must be the CloudEvent subject (the record key). */
    private static String id(CloudEvent event, String uppdragId) {
        if (uppdragId == null || uppdragId.isBlank() || (event.getSubject() != null && !event.getSubject().equals(uppdragId))) {
            throw new PoisonMessage("event " + event.getId() + " has no uppdragId matching its subject");
        }
        return uppdragId;
    }

    /** When the fact happened: the event's own time field, else the CloudEvent time. */
    private static Instant tid(CloudEvent event, Instant tid) {
        if (tid != null) {
            return tid;
        }
        if (event.getTime() == null) {
            throw new PoisonMessage("event " + event.getId() + " has no time");
        }
        return event.getTime().toInstant();
    }

    private static Riskniva riskniva(CloudEvent event, String riskniva) {
        try {
            return Riskniva.valueOf(riskniva);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonMessage("event " + event.getId() + " has no known riskniva");
        }
    }

    private static Barn barn(se.barnunga.contracts.Barn barn) {
        return barn == null ? null : new Barn(barn.pseudonym(), barn.kon(), barn.fodelsear());
    }

    private static List<Mal> mal(List<se.barnunga.contracts.uppdrag.Mal> mal) {
        return mal == null ? null : mal.stream().map(m -> new Mal(m.malId(), m.bbicOmrade())).toList();
    }
}
