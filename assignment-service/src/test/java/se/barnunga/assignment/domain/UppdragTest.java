package se.barnunga.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.identity.Personnummer;

class UppdragTest {

    private static final String ID = "8a4c1c36-3f55-4d8e-9d7b-7a1b1d1e0001";
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Barn BARN = Barn.of(Personnummer.parse("201504122381", LocalDate.of(2026, 11, 23)), "Alva", "Ek");
    private static final Actor ANNA = Actor.of("anna", "MYND-1", Roll.SOCIALSEKRETERARE);

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    private UppdragRegistrerat registrerat() {
        return new UppdragRegistrerat(ID, Uppdragstyp.BEVILJAD_INSATS, BARN, "UTF-1", "MYND-1", "anna", T0);
    }

    @Test
    void a_social_secretary_registers_an_assignment_for_her_unit() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraUppdrag(ID, Uppdragstyp.BEVILJAD_INSATS, BARN, "UTF-1", ANNA, T0))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registrerat());
    }

    @Test
    void only_a_social_secretary_registers_an_assignment() {
        fixture.givenNoPriorActivity()
                .when(new RegistreraUppdrag(ID, Uppdragstyp.BEVILJAD_INSATS, BARN, "UTF-1",
                        Actor.of("mats", "UTF-1", Roll.METODHANDLEDARE), T0))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void the_registered_assignment_is_sent_by_a_social_secretary_of_the_owning_unit() {
        Instant sent = T0.plusSeconds(3600);
        Actor colleague = Actor.of("bo", "MYND-1", Roll.SOCIALSEKRETERARE);
        fixture.given(registrerat())
                .when(new SkickaUppdrag(ID, colleague, sent))
                .expectEvents(new UppdragSkickat(ID, Uppdragstyp.BEVILJAD_INSATS, BARN, "UTF-1", "MYND-1", "anna", "bo", sent));
    }

    @Test
    void a_social_secretary_of_another_unit_may_not_send_it() {
        fixture.given(registrerat())
                .when(new SkickaUppdrag(ID, Actor.of("eva", "MYND-2", Roll.SOCIALSEKRETERARE), T0))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void the_performing_unit_may_not_send_it() {
        fixture.given(registrerat())
                .when(new SkickaUppdrag(ID, Actor.of("mats", "MYND-1", Roll.METODHANDLEDARE), T0))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void an_assignment_is_sent_only_once() {
        fixture.given(registrerat(),
                        new UppdragSkickat(ID, Uppdragstyp.BEVILJAD_INSATS, BARN, "UTF-1", "MYND-1", "anna", "anna", T0))
                .when(new SkickaUppdrag(ID, ANNA, T0.plusSeconds(60)))
                .expectException(StateConflict.class)
                .expectExceptionMessage("Uppdraget är redan skickat.")
                .expectNoEvents();
    }

    private UppdragSkickat skickat() {
        return new UppdragSkickat(ID, Uppdragstyp.BEVILJAD_INSATS, BARN, "UTF-1", "MYND-1", "anna", "anna", T0);
    }

    @Test
    void the_metodhandledare_of_the_receiving_unit_confirms_receipt() {
        Instant received = T0.plusSeconds(7200);
        fixture.given(registrerat(), skickat())
                .when(new BekraftaMottagande(ID, Actor.of("mats", "UTF-1", Roll.METODHANDLEDARE), received))
                .expectEvents(new UppdragMottaget(ID, "UTF-1", "mats", received));
    }

    @Test
    void receipt_is_confirmed_only_by_the_metodhandledare_of_that_unit() {
        fixture.given(registrerat(), skickat())
                .when(new BekraftaMottagande(ID, Actor.of("lisa", "UTF-2", Roll.METODHANDLEDARE), T0))
                .expectException(NotPermitted.class).expectNoEvents();
        fixture.given(registrerat(), skickat())
                .when(new BekraftaMottagande(ID, Actor.of("ulf", "UTF-1", Roll.UTFORARE), T0))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void receipt_needs_a_sent_assignment_and_is_confirmed_once() {
        Actor mats = Actor.of("mats", "UTF-1", Roll.METODHANDLEDARE);
        fixture.given(registrerat())
                .when(new BekraftaMottagande(ID, mats, T0))
                .expectException(StateConflict.class).expectExceptionMessage("Uppdraget är inte skickat ännu.");
        fixture.given(registrerat(), skickat(), new UppdragMottaget(ID, "UTF-1", "mats", T0))
                .when(new BekraftaMottagande(ID, mats, T0))
                .expectException(StateConflict.class).expectNoEvents();
        fixture.given(registrerat(), skickat(), new UppdragMottaget(ID, "UTF-1", "mats", T0))
                .when(new SkickaUppdrag(ID, ANNA, T0))
                .expectException(StateConflict.class).expectNoEvents();
    }

    @Test
    void the_child_is_masked_in_text_form() {
        org.assertj.core.api.Assertions.assertThat(registrerat().toString())
                .doesNotContain("201504122381").doesNotContain("Alva").doesNotContain("Ek,");
    }
}
