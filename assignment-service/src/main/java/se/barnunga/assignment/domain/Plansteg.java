package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.state;
import static se.barnunga.platform.domain.Guards.rule;
import static se.barnunga.platform.domain.Guards.blank;

import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Roll;

/**
 * The implementation plan's steps (genomförandeplan), decided: drawing it up (upprättande), revising it (revidering),
 * handing out copies (kopior), the social secretary asking for it (efterfrågan), and the family's objections – passed
 * on by the ansvarig utförare (invändning) and reconciled by the social secretary (avstämning). Each function is a
 * decider: it reads the state through {@link Uppdragstillstand}, checks who may, the state and the content in that
 * order ({@link Planregler}), and returns the event to apply with the role the actor acted in ({@link Avgorande}); it
 * changes nothing.
 */
final class Plansteg {

    private Plansteg() {
    }

    static Avgorande upprattande(UpprattaGenomforandeplan c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().ansvarigUtforare(c.actor(), "Att upprätta genomförandeplanen");
        t.ejAvslutat();
        t.insatsKind("Genomförandeplan");
        t.ejAvslutadInsats();
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Genomförandeplanen påbörjas på planeringsmötet.");
        state(!lage.harPlan(), "GENOMFORANDEPLAN_FINNS", "Genomförandeplanen är redan upprättad; revidera den i stället.");
        Planregler.upprattande(c, lage.planeringsmote(), lage.mal(), lage.sipBehov());
        return new Avgorande(roll, new GenomforandeplanUpprattad(t.uppdragId(), 1, c.datum(), Set.copyOf(c.deltagare()),
                c.barnetsDelaktighet(), List.copyOf(c.aktiviteter()), c.samverkan(), c.uppfoljningAvPlanen(),
                c.vardnadshavarnasSynpunkter(), c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande revidering(ReviderGenomforandeplan c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().ansvarigUtforare(c.actor(), "Att revidera genomförandeplanen");
        t.ejAvslutat();
        t.ejAvslutadInsats();
        state(lage.harPlan(), "GENOMFORANDEPLAN_SAKNAS", "Det finns ingen genomförandeplan att revidera.");
        Planregler.revidering(c, lage.plan().datum(), lage.mal(), lage.sipBehov());
        return new Avgorande(roll, new GenomforandeplanReviderad(t.uppdragId(), lage.plan().version() + 1, c.datum(),
                c.anledning(), c.barnetsDelaktighet(), List.copyOf(c.aktiviteter()), c.samverkan(), c.uppfoljningAvPlanen(),
                c.vardnadshavarnasSynpunkter(), c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande kopior(LamnaKopiorAvGenomforandeplan c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().ansvarigUtforare(c.actor(), "Att lämna kopior av genomförandeplanen");
        t.ejAvslutat();
        state(lage.harPlan(), "GENOMFORANDEPLAN_SAKNAS", "Det finns ingen genomförandeplan.");
        Planregler.kopior(c, lage.barn());
        return new Avgorande(roll, new GenomforandeplanKopiorLamnade(t.uppdragId(), lage.plan().version(),
                Set.copyOf(c.mottagare()), c.datum(), c.tidpunkt()));
    }

    static Avgorande efterfragan(EfterfragaGenomforandeplan c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att efterfråga genomförandeplanen");
        t.ejAvslutat();
        t.ejAvslutadInsats();
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Genomförandeplanen påbörjas på planeringsmötet.");
        state(!lage.harPlan(), "GENOMFORANDEPLAN_FINNS", "Genomförandeplanen är redan upprättad.");
        return new Avgorande(Roll.SOCIALSEKRETERARE, new GenomforandeplanEfterfragad(t.uppdragId(), c.tidpunkt()));
    }

    static Avgorande invandning(RegistreraInvandning c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().ansvarigUtforare(c.actor(), "Att föra familjens invändningar vidare");
        t.ejAvslutat();
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS",
                "Invändningar mot genomförandeplanen förs vidare efter planeringsmötet.");
        rule(c.fran() != null, "fran", "FRAN_KRAVS", "Ange vem i familjen invändningen kommer från.");
        rule(!blank(c.invandning()), "invandning", "INVANDNING_KRAVS", "Beskriv invändningen.");
        state(!lage.plan().harInvandning(c.invandningId()), "INVANDNING_FINNS", "Invändningen är redan registrerad.");
        return new Avgorande(roll, new InvandningRegistrerad(t.uppdragId(), c.invandningId(), c.fran(), c.invandning(),
                c.tidpunkt()));
    }

    static Avgorande hanteradInvandning(HanteraInvandning c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att stämma av familjens invändning");
        t.ejAvslutat();
        rule(lage.plan().harInvandning(c.invandningId()), "invandningId", "OKAND_INVANDNING",
                "Invändningen finns inte i uppdraget.");
        state(lage.plan().arOppen(c.invandningId()), "INVANDNING_REDAN_HANTERAD", "Invändningen är redan avstämd.");
        rule(!blank(c.atgard()), "atgard", "ATGARD_KRAVS", "Beskriv hur invändningen stämts av.");
        return new Avgorande(Roll.SOCIALSEKRETERARE, new InvandningHanterad(t.uppdragId(), c.invandningId(), c.atgard(),
                c.tidpunkt()));
    }
}
