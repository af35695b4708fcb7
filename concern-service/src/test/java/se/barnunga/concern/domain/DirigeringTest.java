package se.barnunga.concern.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.barnunga.concern.domain.OroFixtures.*;

import org.junit.jupiter.api.Test;

/** Where a concern goes when it comes in, as a pure function of the report. */
class DirigeringTest {

    @Test
    void a_concern_goes_to_the_responsible_social_secretary_at_work() {
        assertEquals(new Dirigering(Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, TILL_ANNA), Dirigering.av(new Anmalan().kommando()));
    }

    @Test
    void an_acute_concern_in_office_hours_goes_to_her_too() {
        Anmalan a = new Anmalan();
        a.akut = true;
        assertEquals(new Dirigering(Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, TILL_ANNA), Dirigering.av(a.kommando()));
    }

    @Test
    void an_acute_concern_outside_office_hours_goes_to_socialjouren() {
        Anmalan a = new Anmalan();
        a.akut = true;
        a.inkom = JOUR_INKOM;
        assertEquals(new Dirigering(Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, TILL_JOUREN), Dirigering.av(a.kommando()));
    }

    @Test
    void without_a_responsible_social_secretary_at_work_the_concern_goes_to_the_reception_unit() {
        Anmalan franvarande = new Anmalan();
        franvarande.ansvarigFranvarande = true;
        assertEquals(new Dirigering(Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE, TILL_MOTTAGNINGEN),
                Dirigering.av(franvarande.kommando()));
        Anmalan ingen = new Anmalan();
        ingen.ansvarig = null;
        assertEquals(new Dirigering(Dirigeringsgrund.INGEN_ANSVARIG_SOCIALSEKRETERARE, TILL_MOTTAGNINGEN),
                Dirigering.av(ingen.kommando()));
    }
}
