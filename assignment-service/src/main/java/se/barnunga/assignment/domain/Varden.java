package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.blank;
import java.time.LocalDate;
import java.util.List;


/**
 * The value types of the assignment's commands and events. Records holding personal data or free text about a
 * family mask their {@code toString()}, so they never reach a log.
 */
public final class Varden {

    private Varden() {
    }

    /** The ongoing investigation an assignment belongs to (the two investigation-time kinds). */
    public record Utredning(String referens, LocalDate start, LocalDate planeratSlut) {
        public boolean omfattar(LocalDate datum) {
            return !datum.isBefore(start) && !datum.isAfter(planeratSlut);
        }
    }

    /** What the social secretary wishes for: method, time frame and intensity (de-identified). */
    public record Onskemal(String metod, String tidsomfattning, String intensitet) {
        @Override
        public String toString() {
            return "Onskemal[***]";
        }
    }

    /**
     * A goal of the intervention, tied to a BBIC need area; "Målen … kan beröra något, några eller samtliga av
     * BBIC-triangelns behovsområden": a goal spanning several areas names its main area in {@code bbicOmrade} (the one
     * published) and the others in {@code ytterligareBbicOmraden} (kept in this service; never {@code null} after the
     * compact constructor, empty when none).
     */
    public record Mal(String malId, String beskrivning, String bbicOmrade, List<String> ytterligareBbicOmraden) {

        public Mal {
            ytterligareBbicOmraden = ytterligareBbicOmraden == null ? List.of() : List.copyOf(ytterligareBbicOmraden);
        }

        /** A goal in one BBIC area. */
        public Mal(String malId, String beskrivning, String bbicOmrade) {
            this(malId, beskrivning, bbicOmrade, List.of());
        }

        @Override
        public String toString() {
            return "Mal[" + malId + ", " + bbicOmrade + "]";
        }
    }

    /** The period of a time-limited decision, both days included; {@code tom} may be open for a decision until further notice. */
    public record Period(LocalDate from, LocalDate tom) {
        public boolean inom(LocalDate start, LocalDate slut) {
            return !from.isBefore(start) && tom != null && !tom.isAfter(slut);
        }
    }

    /** Contact details (personal data). */
    public record Kontaktuppgifter(String adress, String telefon, String epost) {
        @Override
        public String toString() {
            return "Kontaktuppgifter[***]";
        }
    }

    /** A guardian: identity and contact details (personal data). */
    public record Vardnadshavare(String personnummer, String namn, Kontaktuppgifter kontakt) {
        @Override
        public String toString() {
            return "Vardnadshavare[***]";
        }
    }

    /** Need of an interpreter (with the language) or other communication support. */
    public record Tolkbehov(boolean tolk, String sprak, String kommunikationsstod) {
    }

    /**
     * The content of the written assignment (SOSFS 2014:5, seed 002). Items the kind needs are checked by
     * {@link #forstaSaknade(Uppdragstyp, int)}.
     *
     * <p>{@code sipBehov}: whether the child needs a coordinated individual plan; {@code sipFinns}: whether one has been
     * drawn up (seed 004 A.2.2), required when there is a need. {@code vardnadshavareInformerade} and
     * {@code barnetInformerat}: for the investigation-time kinds, that the guardians and the child ("om hen fyllt 15 år
     * eller utifrån ålder och mognad") were told what the assignment means and that the unit's documentation is
     * available to the social secretary (routine, A3 and B4). The older single {@code familjenInformerad} is still
     * accepted and stands for both when they are not given.
     */
    public record Uppdragsinnehall(
            Kontaktuppgifter barnetsKontaktuppgifter,
            List<Vardnadshavare> vardnadshavare,
            Skyddsmarkering skyddadePersonuppgifter,
            Tolkbehov tolkbehov,
            String uppdragetOmfattar,
            String bedomningAvBehovOchFormaga,
            String uppfoljningsform,
            String aterrapporteringVidAvslut,
            String andraHuvudmansInsatser,
            Boolean sipBehov,
            Kontaktuppgifter socialsekreterarensKontakt,
            Boolean familjenInformerad,
            Boolean utredningsplanBifogad,
            Boolean sipFinns,
            Boolean vardnadshavareInformerade,
            Boolean barnetInformerat) {

        /** The content as sent before {@code sipFinns}, {@code vardnadshavareInformerade} and {@code barnetInformerat}. */
        public Uppdragsinnehall(Kontaktuppgifter barnetsKontaktuppgifter, List<Vardnadshavare> vardnadshavare,
                                Skyddsmarkering skyddadePersonuppgifter, Tolkbehov tolkbehov, String uppdragetOmfattar,
                                String bedomningAvBehovOchFormaga, String uppfoljningsform, String aterrapporteringVidAvslut,
                                String andraHuvudmansInsatser, Boolean sipBehov, Kontaktuppgifter socialsekreterarensKontakt,
                                Boolean familjenInformerad, Boolean utredningsplanBifogad) {
            this(barnetsKontaktuppgifter, vardnadshavare, skyddadePersonuppgifter, tolkbehov, uppdragetOmfattar,
                    bedomningAvBehovOchFormaga, uppfoljningsform, aterrapporteringVidAvslut, andraHuvudmansInsatser, sipBehov,
                    socialsekreterarensKontakt, familjenInformerad, utredningsplanBifogad, null, null, null);
        }

        /**
         * The first required item that is missing, as its field path in the REST body, or {@code null}.
         *
         * @param typ   the kind of assignment
         * @param alder the child's age in whole years on the day the assignment is sent (guardians under 18)
         */
        public String forstaSaknade(Uppdragstyp typ, int alder) {
            boolean harVardnadshavare = alder < 18;
            if (barnetsKontaktuppgifter == null || blank(barnetsKontaktuppgifter.adress()) && blank(barnetsKontaktuppgifter.telefon())) {
                return "innehall.barnetsKontaktuppgifter";
            }
            if (harVardnadshavare && (vardnadshavare == null || vardnadshavare.isEmpty())) {
                return "innehall.vardnadshavare";
            }
            if (vardnadshavare != null) {
                for (int i = 0; i < vardnadshavare.size(); i++) {
                    Vardnadshavare v = vardnadshavare.get(i);
                    if (v == null || blank(v.personnummer()) || blank(v.namn())) {
                        return "innehall.vardnadshavare[" + i + "]";
                    }
                    if (v.kontakt() == null || blank(v.kontakt().adress()) && blank(v.kontakt().telefon())) {
                        return "innehall.vardnadshavare[" + i + "].kontakt";
                    }
                }
            }
            if (skyddadePersonuppgifter == null) {
                return "innehall.skyddadePersonuppgifter";
            }
            if (tolkbehov == null) {
                return "innehall.tolkbehov";
            }
            if (tolkbehov.tolk() && blank(tolkbehov.sprak())) {
                return "innehall.tolkbehov.sprak";
            }
            if (blank(uppdragetOmfattar)) {
                return "innehall.uppdragetOmfattar";
            }
            if (blank(bedomningAvBehovOchFormaga)) {
                return "innehall.bedomningAvBehovOchFormaga";
            }
            if (blank(uppfoljningsform)) {
                return "innehall.uppfoljningsform";
            }
            if (blank(aterrapporteringVidAvslut)) {
                return "innehall.aterrapporteringVidAvslut";
            }
            if (blank(andraHuvudmansInsatser)) {
                return "innehall.andraHuvudmansInsatser";
            }
            if (sipBehov == null) {
                return "innehall.sipBehov";
            }
            if (sipBehov && sipFinns == null) {
                return "innehall.sipFinns";
            }
            if (socialsekreterarensKontakt == null || blank(socialsekreterarensKontakt.telefon()) && blank(socialsekreterarensKontakt.epost())) {
                return "innehall.socialsekreterarensKontakt";
            }
            if (typ != Uppdragstyp.BEVILJAD_INSATS) {
                Boolean vh = vardnadshavareInformerade != null ? vardnadshavareInformerade : familjenInformerad;
                Boolean b = barnetInformerat != null ? barnetInformerat : familjenInformerad;
                if (harVardnadshavare && !Boolean.TRUE.equals(vh)) {
                    return "innehall.vardnadshavareInformerade";
                }
                // from 15 the child is told; below, "utifrån ålder och mognad": the social secretary answers either way
                if (alder >= 15 ? !Boolean.TRUE.equals(b) : b == null) {
                    return "innehall.barnetInformerat";
                }
            }
            if (typ == Uppdragstyp.UTREDNINGSUPPDRAG && !Boolean.TRUE.equals(utredningsplanBifogad)) {
                return "innehall.utredningsplanBifogad";
            }
            return null;
        }


        @Override
        public String toString() {
            return "Uppdragsinnehall[***]";
        }
    }

    /** One activity of an implementation plan: which goal, what, who is responsible, when and how. */
    public record Aktivitet(String malId, String beskrivning, String ansvarig, String nar, String hur) {
        @Override
        public String toString() {
            return "Aktivitet[" + malId + "]";
        }
    }

    /** The performer's closing assessment of one goal, on the BBIC scale. */
    public record MalUppfyllelse(String malId, Bbicskala bedomning, String sammanfattning) {
        @Override
        public String toString() {
            return "MalUppfyllelse[" + malId + ", " + bedomning + "]";
        }
    }
}
