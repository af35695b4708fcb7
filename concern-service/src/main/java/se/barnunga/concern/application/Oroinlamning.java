package se.barnunga.concern.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.axonframework.commandhandling.gateway.CommandGateway;

import se.barnunga.concern.domain.Form;
import se.barnunga.concern.domain.Overgreppstyp;
import se.barnunga.concern.domain.Kommandon.LamnaOro;
import se.barnunga.concern.domain.Relation;
import se.barnunga.concern.domain.Varden.AnsvarigSocialsekreterare;
import se.barnunga.concern.domain.Varden.Barnuppgift;
import se.barnunga.concern.domain.Varden.Familjemedlem;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.concern.domain.Varden.Ororegler;
import se.barnunga.concern.domain.Varden.Uppgiftslamnare;
import se.barnunga.platform.axon.AggregateHistory;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.identity.Pseudonymizer;
import se.barnunga.platform.time.ClockProducer;

/**
 * Submits a report of concern: one concern per child, all in one transaction (all are accepted or none), each routed
 * on the facts known now – the child's responsible social secretary (from the assignment-service's events), her
 * absence, office hours.
 */
@ApplicationScoped
public class Oroinlamning {

    /** One child of a report. {@code personnummer} or ({@code namn} and {@code fodelsedatum}). */
    public record Barnanmalan(Personnummer personnummer, String namn, LocalDate fodelsedatum, Relation relation,
                              Boolean barnetInformerat) {
    }

    /**
     * A report of concern about one or more children.
     *
     * @param vardnadshavareInformerade whether "the guardians" were told, when the family is not given person by person
     * @param familjemedlemmar          who of the family was told, one entry per person, or {@code null}
     */
    public record Anmalan(List<Barnanmalan> barn, String uppdragId, boolean akut, Form form, boolean omValdEllerOvergrepp,
                          List<Overgreppstyp> misstanktOvergrepp, Boolean vardnadshavareInformerade,
                          List<Familjemedlem> familjemedlemmar, String skalAttInteInformera, boolean arbetsledareKonsulterad,
                          String beskrivning, String kontaktNamn, String kontaktTelefon) {

        /** The information of the family for one child of the report. */
        Informering informering(Boolean barnetInformerat) {
            return familjemedlemmar != null ? Informering.av(familjemedlemmar, barnetInformerat, skalAttInteInformera)
                    : Informering.vardnadshavarna(Boolean.TRUE.equals(vardnadshavareInformerade), barnetInformerat,
                    skalAttInteInformera);
        }
    }

    @Inject
    CommandGateway commands;
    @Inject
    AggregateHistory history;
    @Inject
    Ansvariga ansvariga;
    @Inject
    Pseudonymizer pseudonymizer;
    @Inject
    Ororegler regler;
    @Inject
    Clock clock;

    /** Submits the report; returns the concerns' files, in the order of the children. */
    @Transactional
    public List<Oroakt> lamna(Anmalan anmalan, Actor actor) {
        Instant inkom = clock.instant();
        LocalDate idag = LocalDate.ofInstant(inkom, ClockProducer.ZONE);
        String anmalanId = UUID.randomUUID().toString();
        List<String> oroIds = anmalan.barn().stream().map(b -> UUID.randomUUID().toString()).toList();
        List<Oroakt> resultat = new ArrayList<>();
        for (int i = 0; i < anmalan.barn().size(); i++) {
            Barnanmalan b = anmalan.barn().get(i);
            Barnuppgift barn = b.personnummer() == null
                    ? new Barnuppgift(null, b.namn(), b.fodelsedatum(), null, null)
                    : new Barnuppgift(b.personnummer().normalized(), b.namn(), b.personnummer().birthDate(),
                    b.personnummer().sex(), pseudonymizer.pseudonym(b.personnummer()));
            AnsvarigSocialsekreterare ansvarig = ansvariga.forBarnet(anmalan.uppdragId(), barn.pseudonym()).orElse(null);
            boolean franvarande = ansvarig != null && ansvariga.arFranvarande(ansvarig.userId(), idag);
            String oroId = oroIds.get(i);
            List<String> lankade = oroIds.stream().filter(id -> !id.equals(oroId)).toList();
            commands.sendAndWait(new LamnaOro(oroId, anmalanId, lankade, barn, anmalan.uppdragId(), b.relation(),
                    anmalan.akut(), anmalan.form(), anmalan.omValdEllerOvergrepp(), anmalan.misstanktOvergrepp(),
                    anmalan.informering(b.barnetInformerat()),
                    anmalan.arbetsledareKonsulterad(), anmalan.beskrivning(),
                    new Uppgiftslamnare(actor.userId(), null, actor.enhet(), anmalan.kontaktNamn(), anmalan.kontaktTelefon()),
                    ansvarig, franvarande, regler, actor, inkom));
            resultat.add(history.read(oroId, Oroakt::av).orElseThrow());
        }
        return resultat;
    }
}
