package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.barnunga.contracts.ContractCatalog;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.oro.AterkopplingAvstadd;
import se.barnunga.contracts.oro.AterkopplingLamnad;
import se.barnunga.contracts.oro.ForhandsbedomningAvslutad;
import se.barnunga.contracts.oro.OroBekraftadSkriftligt;
import se.barnunga.contracts.oro.OroInlamnad;
import se.barnunga.contracts.oro.OroVidarebefordrad;
import se.barnunga.contracts.oro.SkyddsbedomningGjord;
import se.barnunga.contracts.uppdrag.BeslutAterkallat;
import se.barnunga.contracts.uppdrag.BeslutOmprovat;
import se.barnunga.contracts.uppdrag.FamiljenInformeradInforAvslut;
import se.barnunga.contracts.uppdrag.GenomforandeplanReviderad;
import se.barnunga.contracts.uppdrag.GenomforandeplanUpprattad;
import se.barnunga.contracts.uppdrag.UppdragMottaget;
import se.barnunga.contracts.uppdrag.SamtyckeAterkallat;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.InsatsBeviljad;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.RedogorelseLamnad;
import se.barnunga.contracts.uppdrag.UppdragAvslutat;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.contracts.uppdrag.VerkstallighetAterupptagen;
import se.barnunga.contracts.uppdrag.VerkstallighetAvbruten;
import se.barnunga.contracts.uppfoljning.AvslutningsmoteGenomfort;
import se.barnunga.contracts.uppfoljning.Malbedomning;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.contracts.uppfoljning.UtredningInledd;
import se.barnunga.deadline.domain.Kommandon.KontrolleraBevakningar;
import se.barnunga.deadline.domain.Kommandon.KvitteraLarm;
import se.barnunga.deadline.domain.Kommandon.RegistreraFaktum;
import se.barnunga.platform.domain.Actor;

/**
 * The facts and commands that build the Bevakningsarende given-when-then tests, with the standard case's values
 * ({@link BevakningFixtures}): the other services' contract events as the consumer records them (the record
 * flattened to its field names), and the commands.
 */
final class BevakningBuilders {

    private BevakningBuilders() {
    }

    // ---- Facts, as the consumer builds them ------------------------------------------------------------------------

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /**
     * A contract event as the consumer records it: its CloudEvent id and time, its type on the wire, its fields
     * flattened ({@code barn.pseudonym}, dates and instants in ISO form, lists left out), and for a concern the
     * recipient's unit and secretary as the case's.
     */
    static Faktum faktum(String handelseId, Record data, Instant tid) {
        Map<String, String> varden = new LinkedHashMap<>();
        platta("", JSON.valueToTree(data), varden);
        varden.putAll(Handelsetyper.harleddaVarden(data));
        if (ContractCatalog.topicOf(data.getClass()).equals(Topics.ORO)) {
            alias(varden, "mottagarenhet", "myndighetsenhet");
            alias(varden, "tillEnhet", "myndighetsenhet");
            alias(varden, "tillSocialsekreterare", "socialsekreterare");
        }
        return new Faktum(handelseId, ContractCatalog.typeOf(data.getClass()), tid, varden);
    }

    static void alias(Map<String, String> varden, String fran, String till) {
        if (varden.get(fran) != null) {
            varden.put(till, varden.get(fran));
        }
    }

    static void platta(String prefix, JsonNode node, Map<String, String> varden) {
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                platta(prefix + e.getKey() + ".", v, varden);
            } else if (v.isValueNode() && !v.isNull()) {
                varden.put(prefix + e.getKey(), v.asText());
            }
        });
    }

    /** A mutable builder of {@code InsatsBeviljad}: by default the standard decision, registered at 14:00 that day. */
    static final class Beviljad {
        String id = "ce-beviljad";
        String uppdragId = ID;
        String uppdragstyp = "BEVILJAD_INSATS";
        LocalDate beslutsdatum = BESLUTSDATUM;
        String lagrum = LAGRUM;
        LocalDate periodFrom = null;
        LocalDate periodTom = null;
        Instant registrerat = null;

        Faktum faktum() {
            Instant tid = registrerat != null ? registrerat : kl(beslutsdatum, 14, 0);
            return BevakningBuilders.faktum(id, new InsatsBeviljad(uppdragId, uppdragstyp, BARN, INSATSTYP, beslutsdatum, lagrum, periodFrom,
                    periodTom, List.of(), MYNDIGHETSENHET, "anna", UTFORARENHET, tid), tid);
        }
    }

    static Faktum beviljad(Consumer<Beviljad> andring) {
        Beviljad b = new Beviljad();
        andring.accept(b);
        return b.faktum();
    }

    /** The standard decision of 30 November 2026. */
    static Faktum beviljad() {
        return new Beviljad().faktum();
    }

    /** A decision on the date under the lagrum, registered at 14:00 that day. */
    static Faktum beviljad(LocalDate beslutsdatum, String lagrum) {
        return beviljad(b -> {
            b.beslutsdatum = beslutsdatum;
            b.lagrum = lagrum;
        });
    }

    /** The standard start: Monday 7 December 2026. */
    static final LocalDate VERKSTALLT = dag("2026-12-07");

    /** {@code InsatsVerkställd} on the date, documented at 15:00 that day. */
    static Faktum verkstalld(LocalDate verkstallighetsdatum) {
        return verkstalld("ce-verkstalld", verkstallighetsdatum, kl(verkstallighetsdatum, 15, 0));
    }

    static Faktum verkstalld(String id, LocalDate verkstallighetsdatum, Instant dokumenterat) {
        return verkstalld(id, BESLUTSDATUM, verkstallighetsdatum, dokumenterat);
    }

    /** {@code InsatsVerkställd} of a decision of another date than the standard one. */
    static Faktum verkstalld(String id, LocalDate beslutsdatum, LocalDate verkstallighetsdatum, Instant dokumenterat) {
        return faktum(id, new InsatsVerkstalld(ID, "BEVILJAD_INSATS", BARN, INSATSTYP, beslutsdatum, verkstallighetsdatum,
                UTFORARENHET, MYNDIGHETSENHET, "anna", "ulla", dokumenterat), dokumenterat);
    }

    /** {@code VerkställighetAvbruten} from the date, registered at 11:00 that day. */
    static Faktum avbruten(LocalDate avbrottsdatum) {
        Instant tid = kl(avbrottsdatum, 11, 0);
        return faktum("ce-avbruten-" + avbrottsdatum, new VerkstallighetAvbruten(ID, avbrottsdatum, "BARNET_EJ_TILLGANGLIGT",
                "anna", tid), tid);
    }

    /** {@code VerkställighetÅterupptagen} of the interruption from {@code avbrottsdatum}, registered at 11:00. */
    static Faktum aterupptagen(LocalDate avbrottsdatum, LocalDate aterupptagenDatum) {
        Instant tid = kl(aterupptagenDatum, 11, 0);
        return faktum("ce-aterupptagen-" + avbrottsdatum, new VerkstallighetAterupptagen(ID, avbrottsdatum, aterupptagenDatum,
                "anna", tid), tid);
    }

    /** A follow-up meeting held on the date with the outcome, registered at 16:00 that day. */
    static Faktum uppfoljning(String moteId, int nummer, LocalDate datum, String utfall) {
        return uppfoljning(moteId, nummer, datum, utfall, null);
    }

    static Faktum uppfoljning(String moteId, int nummer, LocalDate datum, String utfall, String utredningsgrund) {
        Instant tid = kl(datum, 16, 0);
        return faktum("ce-uppfoljning-" + moteId, new UppfoljningGenomford(ID, moteId, nummer, false, datum, BARN, INSATSTYP,
                MYNDIGHETSENHET, UTFORARENHET, true, List.of(), utfall, utredningsgrund, false, true, null, tid), tid);
    }

    /** A follow-up meeting held on the date where a goal was rated {@code NEGATIV_FORANDRING}, registered at 16:00. */
    static Faktum uppfoljningNegativ(String moteId, int nummer, LocalDate datum, String utfall) {
        Instant tid = kl(datum, 16, 0);
        return faktum("ce-uppfoljning-" + moteId, new UppfoljningGenomford(ID, moteId, nummer, false, datum, BARN, INSATSTYP,
                MYNDIGHETSENHET, UTFORARENHET, true, List.of(new Malbedomning("mal-1", "HALSA", "POSITIV_FORANDRING_MAL_EJ_UPPFYLLT"),
                new Malbedomning("mal-2", "FAMILJ_OCH_MILJO", "NEGATIV_FORANDRING")), utfall, null, false, true, null, tid), tid);
    }

    /** {@code SamtyckeÅterkallat} by a guardian on the date, registered at 10:00 that day. */
    static Faktum samtyckeAterkallat(LocalDate datum) {
        Instant tid = kl(datum, 10, 0);
        return faktum("ce-samtycke-aterkallat-" + datum, new SamtyckeAterkallat(ID, BARN, "VARDNADSHAVARE", datum, LAGRUM,
                MYNDIGHETSENHET, "anna", tid), tid);
    }

    /** {@code BeslutOmprövat} on the date with the consent given anew (same legal basis), registered at 10:00. */
    static Faktum beslutOmprovat(LocalDate datum) {
        Instant tid = kl(datum, 10, 0);
        return faktum("ce-beslut-omprovat-" + datum, new BeslutOmprovat(ID, BARN, LAGRUM, "NYTT_SAMTYCKE", datum,
                MYNDIGHETSENHET, "anna", tid), tid);
    }

    /** {@code FamiljenInformeradInförAvslut} on the date, registered at 11:00 that day. */
    static Faktum familjenInformerad(LocalDate datum) {
        Instant tid = kl(datum, 11, 0);
        return faktum("ce-familjen-informerad", new FamiljenInformeradInforAvslut(ID, datum, List.of("VARDNADSHAVARE", "BARNET"),
                "anna", tid), tid);
    }

    /** {@code UtredningInledd} after the meeting, on the date, registered at 09:00 that day. */
    static Faktum utredningInledd(String moteId, LocalDate datum) {
        Instant tid = kl(datum, 9, 0);
        return faktum("ce-utredning-inledd", new UtredningInledd(ID, moteId, datum, BARN, MYNDIGHETSENHET, "anna", tid), tid);
    }

    /** {@code GenomförandeplanUpprättad} (version 1) on the date, registered at 13:00 that day. */
    static Faktum planUpprattad(LocalDate datum) {
        Instant tid = kl(datum, 13, 0);
        return faktum("ce-plan-upprattad", new GenomforandeplanUpprattad(ID, 1, datum, List.of(), "ulla", tid), tid);
    }

    /** {@code UppdragMottaget} of the assignment at the moment (the metodhandledare of the performing unit). */
    static Faktum uppdragMottaget(String uppdragId, Instant mottaget) {
        return faktum("ce-mottaget-" + uppdragId, new UppdragMottaget(uppdragId, UTFORARENHET, "mia", mottaget), mottaget);
    }

    /** {@code GenomförandeplanReviderad} (version 2) on the date, registered at 13:00 that day. */
    static Faktum planReviderad(LocalDate datum) {
        Instant tid = kl(datum, 13, 0);
        return faktum("ce-plan-reviderad-" + datum, new GenomforandeplanReviderad(ID, 2, datum, "UPPFOLJNING", List.of(), "ulla",
                tid), tid);
    }

    /** The closing meeting held on the date, registered at 16:00 that day. */
    static Faktum avslutningsmote(String moteId, LocalDate datum) {
        Instant tid = kl(datum, 16, 0);
        return faktum("ce-avslutningsmote-" + moteId, new AvslutningsmoteGenomfort(ID, moteId, datum, BARN, INSATSTYP,
                MYNDIGHETSENHET, UTFORARENHET, true, List.of(), "MINSKAD", true, tid), tid);
    }

    /** {@code InsatsAvslutad} on the date for the reason, registered at 10:00 that day. */
    static Faktum insatsAvslutad(LocalDate avslutsdatum, String skal) {
        Instant tid = kl(avslutsdatum, 10, 0);
        return faktum("ce-insats-avslutad", new InsatsAvslutad(ID, avslutsdatum, skal, "MINSKAD", false, "anna", tid), tid);
    }

    /** {@code BeslutÅterkallat} on the date, registered at 10:00 that day. */
    static Faktum beslutAterkallat(LocalDate aterkallatDatum) {
        return beslutAterkallat(ID, aterkallatDatum);
    }

    static Faktum beslutAterkallat(String uppdragId, LocalDate aterkallatDatum) {
        Instant tid = kl(aterkallatDatum, 10, 0);
        return faktum("ce-beslut-aterkallat", new BeslutAterkallat(uppdragId, aterkallatDatum, "anna", tid), tid);
    }

    /** {@code UppdragAvslutat} of the assignment on the date, registered at 10:00 that day. */
    static Faktum uppdragAvslutat(String uppdragId, LocalDate avslutatDatum) {
        Instant tid = kl(avslutatDatum, 10, 0);
        return faktum("ce-uppdrag-avslutat-" + uppdragId, new UppdragAvslutat(uppdragId, UTFORARENHET, avslutatDatum, "ulla",
                tid), tid);
    }

    /** The investigation assignment sent on Monday 11 January 2027 at 09:00; the investigation ends 30 April 2027. */
    static final Instant UTREDNING_SKICKAD = kl("2027-01-11T09:00");
    static final LocalDate UTREDNINGENS_SLUTDATUM = dag("2027-04-30");

    /** {@code UppdragSkickat} of the investigation assignment (id {@code ce-skickat-<n>}). */
    static Faktum uppdragSkickat(int n, String uppdragstyp, Instant skickad, LocalDate utredningensSlutdatum) {
        return faktum("ce-skickat-" + n, new UppdragSkickat(UTREDNING_ID, uppdragstyp, BARN, UTFORARENHET, MYNDIGHETSENHET,
                "anna", skickad, null, UTREDNINGSBESLUT, List.of(), utredningensSlutdatum), skickad);
    }

    /** The standard investigation assignment. */
    static Faktum uppdragSkickat() {
        return uppdragSkickat(1, "UTREDNINGSUPPDRAG", UTREDNING_SKICKAD, UTREDNINGENS_SLUTDATUM);
    }

    /** The performer's account handed in on the date, registered at 12:00. */
    static Faktum redogorelse(LocalDate lamnadDatum) {
        Instant tid = kl(lamnadDatum, 12, 0);
        return faktum("ce-redogorelse", new RedogorelseLamnad(UTREDNING_ID, "UTREDNINGSUPPDRAG", "REDOGORELSE", lamnadDatum,
                UTREDNINGENS_SLUTDATUM, lamnadDatum.isAfter(UTREDNINGENS_SLUTDATUM), "ulla", tid), tid);
    }

    /** This service's own fact: the IVO report for the quarter was submitted at the moment (rapportör). */
    static Faktum ivoRapport(String kvartal, Instant inlamnad) {
        return new Faktum("ivo-rapport-" + kvartal + "-" + ID, Handelsetyper.IVO_RAPPORT_INLAMNAD, inlamnad,
                Map.of("uppdragId", ID, "kvartal", kvartal, "inlamnad", inlamnad.toString()));
    }

    /** The standard concern: received on Tuesday 2 March 2027 at 10:15. */
    static final Instant INKOM = kl("2027-03-02T10:15");

    /** {@code OroInlämnad}, routed to the reception unit, made in the form ({@code MUNTLIG} or {@code SKRIFTLIG}). */
    static Faktum oroInlamnad(String form, Instant inkom) {
        return faktum("ce-oro", new OroInlamnad(ORO_ID, "anmalan-1", BARN, null, null, false, form, false, true, null, false,
                "MOTTAGNING", MOTTAGNINGSENHET, null, "INGEN_ANSVARIG_SOCIALSEKRETERARE", "utforare", UTFORARENHET, inkom), inkom);
    }

    static Faktum oroInlamnad(String form) {
        return oroInlamnad(form, INKOM);
    }

    static Faktum skyddsbedomning(Instant bedomd) {
        return faktum("ce-skyddsbedomning", new SkyddsbedomningGjord(ORO_ID, false, bedomd,
                LocalDate.ofInstant(bedomd, STOCKHOLM).equals(LocalDate.ofInstant(INKOM, STOCKHOLM)), bedomd), bedomd);
    }

    static Faktum bekraftad(Instant bekraftad) {
        return faktum("ce-bekraftad", new OroBekraftadSkriftligt(ORO_ID, bekraftad, true), bekraftad);
    }

    static Faktum aterkoppling(Instant lamnad) {
        return faktum("ce-aterkoppling", new AterkopplingLamnad(ORO_ID, "UTREDNING_INLEDD", lamnad), lamnad);
    }

    static Faktum aterkopplingAvstadd(Instant beslutad) {
        return faktum("ce-aterkoppling-avstadd", new AterkopplingAvstadd(ORO_ID, beslutad), beslutad);
    }

    static Faktum forhandsbedomning(Instant avslutad) {
        int dagar = (int) (LocalDate.ofInstant(avslutad, STOCKHOLM).toEpochDay() - LocalDate.ofInstant(INKOM, STOCKHOLM).toEpochDay());
        return faktum("ce-forhandsbedomning", new ForhandsbedomningAvslutad(ORO_ID, "INLED_UTREDNING", avslutad, dagar, dagar <= 14),
                avslutad);
    }

    /** The concern passed on to another unit. */
    static Faktum vidarebefordrad(String tillEnhet, Instant vidarebefordrad) {
        return faktum("ce-vidarebefordrad", new OroVidarebefordrad(ORO_ID, "MOTTAGNING", "MOTTAGNING", tillEnhet, null,
                "VIDAREBEFORDRAN", vidarebefordrad), vidarebefordrad);
    }

    // ---- Commands --------------------------------------------------------------------------------------------------

    /** The fact as the consumer sends it for its case, right when it happened. */
    static RegistreraFaktum registrera(Faktum f) {
        return registrera(f, f.tidpunkt());
    }

    /** The fact as the consumer sends it for its case, at {@code nu}. */
    static RegistreraFaktum registrera(Faktum f, Instant nu) {
        boolean oro = f.varde("oroId") != null;
        return new RegistreraFaktum(oro ? f.varde("oroId") : f.varde("uppdragId"), oro ? Arendetyp.ORO : Arendetyp.UPPDRAG, f,
                nu);
    }

    /** The facts, each registered when it happened. */
    static List<Object> registrera(Faktum... fakta) {
        List<Object> kommandon = new ArrayList<>();
        for (Faktum f : fakta) {
            kommandon.add(registrera(f));
        }
        return kommandon;
    }

    static KontrolleraBevakningar kontrollera(Instant nu) {
        return new KontrolleraBevakningar(ID, nu);
    }

    static KontrolleraBevakningar kontrollera(String arendeId, Instant nu) {
        return new KontrolleraBevakningar(arendeId, nu);
    }

    static KvitteraLarm kvittera(String arendeId, String bevakningId, Actor actor, Instant nu) {
        return new KvitteraLarm(arendeId, bevakningId, null, actor, nu);
    }
}
