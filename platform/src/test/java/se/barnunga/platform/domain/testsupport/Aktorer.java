package se.barnunga.platform.domain.testsupport;

import static se.barnunga.platform.domain.testsupport.Enheter.ANNAN_MYNDIGHETSENHET;
import static se.barnunga.platform.domain.testsupport.Enheter.ANNAN_UTFORARENHET;
import static se.barnunga.platform.domain.testsupport.Enheter.MYNDIGHETSENHET;
import static se.barnunga.platform.domain.testsupport.Enheter.UTFORARENHET;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The people who are the same in every service's given-when-then tests (same user id, unit and role). The people who
 * differ between the services (e.g. {@code EVA}, a social secretary of another unit in the assignment-service's tests
 * and the unit manager in the deadline-service's) stay in the service's fixtures, which re-export these.
 */
public final class Aktorer {

    private Aktorer() {
    }

    /** The social secretary who owns the case. */
    public static final Actor ANNA = Actor.of("anna", MYNDIGHETSENHET, Roll.SOCIALSEKRETERARE);
    /** A colleague of Anna on the same myndighetsenhet, not responsible for the case. */
    public static final Actor BO = Actor.of("bo", MYNDIGHETSENHET, Roll.SOCIALSEKRETERARE);
    /** A social secretary of another myndighetsenhet. */
    public static final Actor SARA_PA_ANNAN_ENHET = Actor.of("sara", ANNAN_MYNDIGHETSENHET, Roll.SOCIALSEKRETERARE);
    /** The ansvarig utförare of the performing unit. */
    public static final Actor ULLA = Actor.of("ulla", UTFORARENHET, Roll.UTFORARE);
    /** Ulla's user id, acting for another performing unit. */
    public static final Actor ULLA_PA_ANNAN_ENHET = Actor.of("ulla", ANNAN_UTFORARENHET, Roll.UTFORARE);
}
