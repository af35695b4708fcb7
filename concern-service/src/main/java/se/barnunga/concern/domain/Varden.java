package se.barnunga.concern.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.barnunga.platform.identity.Personnummer;
import se.barnunga.platform.time.ClockProducer;
import se.barnunga.platform.time.Kontorstider;

/** Value types of a concern. Those holding personal data mask it in {@code toString()}, so it never reaches a log. */
public final class Varden {

    private Varden() {
    }

    /**
     * The child a concern is about: by personnummer or samordningsnummer, or – for a child without one – by name and
     * birth date.
     *
     * @param personnummer normalised 12 digits, or {@code null} for a child without one
     * @param namn         the child's name as the reporter gave it, may be {@code null} when a personnummer is given
     * @param fodelsedatum date of birth (from the personnummer, or as given)
     * @param kon          sex from the personnummer, {@code null} without one
     * @param pseudonym    the municipality's stable pseudonym of the personnummer, {@code null} without one
     */
    public record Barnuppgift(String personnummer, String namn, LocalDate fodelsedatum, Personnummer.Kon kon,
                              String pseudonym) {

        public Barnuppgift {
            Objects.requireNonNull(fodelsedatum, "fodelsedatum");
            if (personnummer == null && (namn == null || namn.isBlank())) {
                throw new IllegalArgumentException("a child without personnummer is reported by name and birth date");
            }
        }

        /** Age in whole years on a date (15 on the 15th birthday). */
        public int alderPa(LocalDate datum) {
            return java.time.Period.between(fodelsedatum, datum).getYears();
        }

        @Override
        public String toString() {
            return "Barnuppgift[***]";
        }
    }

    /**
     * One family member of the child and whether they were told about the concern before it was passed on.
     *
     * @param relation  a guardian or another family member
     * @param informerad whether they were told
     */
    public record Familjemedlem(Familjerelation relation, boolean informerad) {

        public Familjemedlem {
            Objects.requireNonNull(relation, "relation");
        }
    }

    /**
     * Whether the family was told before the concern was passed on.
     *
     * @param vardnadshavareInformerade the guardians were told: with {@code familjemedlemmar}, every guardian listed
     *                                  (and at least one listed) was told
     * @param barnetInformerat          the child was told; {@code null} when not stated (a young child)
     * @param skalAttInteInformera      why they were not told, if they were not
     * @param familjemedlemmar          who of the family was told, one entry per person; {@code null} on reports made
     *                                  before it could be given, and on reports that gave only
     *                                  {@code vardnadshavareInformerade} (then "the guardians" count as one person)
     */
    public record Informering(boolean vardnadshavareInformerade, Boolean barnetInformerat, String skalAttInteInformera,
                              List<Familjemedlem> familjemedlemmar) {

        public Informering {
            familjemedlemmar = familjemedlemmar == null ? null : List.copyOf(familjemedlemmar);
        }

        /** Only whether "the guardians" were told, as one person (the request's {@code vardnadshavareInformerade}). */
        public static Informering vardnadshavarna(boolean vardnadshavareInformerade, Boolean barnetInformerat,
                                                 String skalAttInteInformera) {
            return new Informering(vardnadshavareInformerade, barnetInformerat, skalAttInteInformera, null);
        }

        /** Who of the family was told, one entry per person; {@code vardnadshavareInformerade} is derived from it. */
        public static Informering av(List<Familjemedlem> familjemedlemmar, Boolean barnetInformerat, String skalAttInteInformera) {
            return new Informering(allaVardnadshavareInformerade(familjemedlemmar), barnetInformerat, skalAttInteInformera,
                    familjemedlemmar);
        }

        /** Whether at least one guardian is listed and every guardian listed was told. */
        public static boolean allaVardnadshavareInformerade(List<Familjemedlem> familjemedlemmar) {
            List<Familjemedlem> vardnadshavare = familjemedlemmar.stream()
                    .filter(f -> f.relation() == Familjerelation.VARDNADSHAVARE).toList();
            return !vardnadshavare.isEmpty() && vardnadshavare.stream().allMatch(Familjemedlem::informerad);
        }

        /** Whether the family was given person by person ({@link #familjemedlemmar}) rather than as one flag. */
        public boolean perPerson() {
            return familjemedlemmar != null;
        }

        /** The family, person by person: "the guardians" as one guardian when only the flag was given. */
        public List<Familjemedlem> familjen() {
            return perPerson() ? familjemedlemmar
                    : List.of(new Familjemedlem(Familjerelation.VARDNADSHAVARE, vardnadshavareInformerade));
        }

        @Override
        public String toString() {
            return "Informering[" + vardnadshavareInformerade + ", " + barnetInformerat + ", ***, " + familjemedlemmar + "]";
        }
    }

    /**
     * The staff member who passed on the concern (a professional reporter). Visible to the recipients only.
     *
     * @param userId  staff id
     * @param roll    the role in which the report was made (its claim)
     * @param enhet   the reporter's unit
     * @param namn    name for contact, optional
     * @param telefon phone for contact, optional
     */
    public record Uppgiftslamnare(String userId, String roll, String enhet, String namn, String telefon) {

        @Override
        public String toString() {
            return "Uppgiftslamnare[" + roll + ", " + enhet + ", ***]";
        }
    }

    /**
     * A protection assessment (skyddsbedömning, 20 kap. 1 § SoL): all four parts are required.
     *
     * @param omedelbartSkyddsbehov the assessment: whether the child needs immediate protection
     * @param underlag              the facts and events it rests on
     * @param bedomd                when it was made
     * @param bedomdAvNamn          name of who made it
     * @param bedomdAvTitel         title of who made it
     */
    public record Skyddsbedomning(Boolean omedelbartSkyddsbehov, String underlag, Instant bedomd, String bedomdAvNamn,
                                  String bedomdAvTitel) {

        @Override
        public String toString() {
            return "Skyddsbedomning[" + omedelbartSkyddsbehov + ", " + bedomd + ", ***]";
        }
    }

    /**
     * The responsible social secretary of an ongoing assignment, as learned from the assignment-service's events.
     *
     * @param userId    staff id
     * @param enhet     the secretary's unit
     * @param uppdragId the assignment
     */
    public record AnsvarigSocialsekreterare(String userId, String enhet, String uppdragId) {
    }

    /**
     * The deadlines of one concern, fixed when it comes in (docs/architecture.md, "Deadlines as data"): protection
     * assessment the same day, written confirmation of an oral report by the end of the next working day, feedback to
     * the reporter within a week, preliminary assessment within 14 days. "By the end of day D" is the first instant of
     * the day after, in Europe/Stockholm.
     *
     * @param skyddsbedomningSenast      end of the day of arrival
     * @param skriftligBekraftelseSenast end of the next working day, for oral reports; otherwise {@code null}
     * @param aterkopplingSenast         end of the 7th day after arrival
     * @param forhandsbedomningSenast    end of the 14th day after arrival
     */
    public record Frister(Instant skyddsbedomningSenast, Instant skriftligBekraftelseSenast, Instant aterkopplingSenast,
                          Instant forhandsbedomningSenast) {
    }

    /**
     * The municipality's settings the rules of a concern depend on.
     *
     * @param kontorstider          office hours on Swedish working days
     * @param kvitteringAkut        how long an acute concern may wait unacknowledged before it escalates
     * @param kvitteringArbetsdagar a non-acute concern escalates at closing time of this many working days after it
     *                              reached its recipient (1: the next working day)
     * @param mottagning            the reception unit
     * @param socialjour            Socialjouren
     */
    public record Ororegler(Kontorstider kontorstider, Duration kvitteringAkut, int kvitteringArbetsdagar,
                            Mottagare mottagning, Mottagare socialjour) {

        public Ororegler {
            Objects.requireNonNull(kontorstider, "kontorstider");
            Objects.requireNonNull(kvitteringAkut, "kvitteringAkut");
            if (mottagning.typ() != Mottagartyp.MOTTAGNING || socialjour.typ() != Mottagartyp.SOCIALJOUR) {
                throw new IllegalArgumentException("mottagning and socialjour must be those functions");
            }
            if (kvitteringArbetsdagar < 0) {
                throw new IllegalArgumentException("kvitteringArbetsdagar < 0");
            }
        }

        /** When a concern that reached a recipient at {@code sedan} must have been acknowledged. */
        public Instant kvitteraSenast(Instant sedan, boolean akut) {
            if (akut) {
                return sedan.plus(kvitteringAkut);
            }
            LocalDate dag = LocalDate.ofInstant(sedan, ClockProducer.ZONE);
            LocalDate frist = kontorstider.kalender().plusArbetsdagar(dag, kvitteringArbetsdagar);
            return frist.atTime(kontorstider.stanger()).atZone(ClockProducer.ZONE).toInstant();
        }

        /** The deadlines of a concern that came in at {@code inkom}. */
        public Frister frister(Instant inkom, Form form) {
            LocalDate dag = LocalDate.ofInstant(inkom, ClockProducer.ZONE);
            Instant skriftlig = form == Form.MUNTLIG ? slutet(kontorstider.kalender().nastaArbetsdag(dag)) : null;
            return new Frister(slutet(dag), skriftlig, slutet(dag.plusDays(7)), slutet(dag.plusDays(Oro.FORHANDSBEDOMNING_DAGAR)));
        }

        private static Instant slutet(LocalDate dag) {
            return dag.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
        }
    }
}
