package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;

import java.time.LocalDate;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.testsupport.AggregateTestBase;

/** The routine from the social secretary's enquiry to the decision: enquiries, go-ahead, decline, consent, decision. */

/**
 * The aggregate fixture and the helpers shared by {@link UppdragForfraganTest}, {@link UppdragSamtyckeTest},
 * {@link UppdragBeslutTest}, {@link UppdragUtredningTest}.
 */
abstract class UppdragForfraganOchBeslutTestBase extends AggregateTestBase<Uppdrag> {

    UppdragForfraganOchBeslutTestBase() {
        super(Uppdrag.class);
    }

    static SkickaForfragan skickaForfragan(Uppdragstyp typ, Utredning utredning, String insatstyp, String enhet,
                                                   Actor actor) {
        return new SkickaForfragan(ID, typ, BARN, utredning, insatstyp, ONSKEMAL, BEHOVSOMRADEN, BEHOV, enhet, actor, NU);
    }

    static FattaBeslut fattaBeslut(LocalDate datum, Lagrum lagrum) {
        return new FattaBeslut(ID, datum, lagrum, null, MAL, DOKUMENTATION, null, null, ANNA, NU);
    }

    static InsatsBeviljad beviljadNu(Barn barn, LocalDate datum, Lagrum lagrum) {
        return new InsatsBeviljad(ID, BEVILJAD_INSATS, barn, INSATSTYP, datum, lagrum, null, MAL, UTFORARENHET,
                MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null);
    }
}
