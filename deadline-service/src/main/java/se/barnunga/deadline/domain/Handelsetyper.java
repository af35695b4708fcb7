package se.barnunga.deadline.domain;

import java.util.Map;
import java.util.Set;

import se.barnunga.contracts.ContractCatalog;
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
import se.barnunga.contracts.uppdrag.SamtyckeAterkallat;
import se.barnunga.contracts.uppdrag.UppdragMottaget;
import se.barnunga.contracts.uppdrag.GenomforandeplanReviderad;
import se.barnunga.contracts.uppdrag.GenomforandeplanUpprattad;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.InsatsBeviljad;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.RedogorelseLamnad;
import se.barnunga.contracts.uppdrag.UppdragAvslutat;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.contracts.uppdrag.VerkstallighetAterupptagen;
import se.barnunga.contracts.uppdrag.VerkstallighetAvbruten;
import se.barnunga.contracts.uppfoljning.AvslutningsmoteGenomfort;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.contracts.uppfoljning.UtredningInledd;

/**
 * The event types the rules and the case state read, by their names on the wire (taken from the contract, never
 * spelt twice), and this service's own fact types.
 */
public final class Handelsetyper {

    public static final String UPPDRAG_SKICKAT = ContractCatalog.typeOf(UppdragSkickat.class);
    public static final String INSATS_BEVILJAD = ContractCatalog.typeOf(InsatsBeviljad.class);
    public static final String INSATS_VERKSTALLD = ContractCatalog.typeOf(InsatsVerkstalld.class);
    public static final String VERKSTALLIGHET_AVBRUTEN = ContractCatalog.typeOf(VerkstallighetAvbruten.class);
    public static final String VERKSTALLIGHET_ATERUPPTAGEN = ContractCatalog.typeOf(VerkstallighetAterupptagen.class);
    public static final String GENOMFORANDEPLAN_UPPRATTAD = ContractCatalog.typeOf(GenomforandeplanUpprattad.class);
    public static final String GENOMFORANDEPLAN_REVIDERAD = ContractCatalog.typeOf(GenomforandeplanReviderad.class);
    public static final String REDOGORELSE_LAMNAD = ContractCatalog.typeOf(RedogorelseLamnad.class);
    public static final String BESLUT_ATERKALLAT = ContractCatalog.typeOf(BeslutAterkallat.class);
    public static final String INSATS_AVSLUTAD = ContractCatalog.typeOf(InsatsAvslutad.class);
    public static final String UPPDRAG_AVSLUTAT = ContractCatalog.typeOf(UppdragAvslutat.class);
    public static final String UPPFOLJNING_GENOMFORD = ContractCatalog.typeOf(UppfoljningGenomford.class);
    public static final String AVSLUTNINGSMOTE_GENOMFORT = ContractCatalog.typeOf(AvslutningsmoteGenomfort.class);
    public static final String SAMTYCKE_ATERKALLAT = ContractCatalog.typeOf(SamtyckeAterkallat.class);
    public static final String BESLUT_OMPROVAT = ContractCatalog.typeOf(BeslutOmprovat.class);
    public static final String FAMILJEN_INFORMERAD = ContractCatalog.typeOf(FamiljenInformeradInforAvslut.class);
    public static final String UPPDRAG_MOTTAGET = ContractCatalog.typeOf(UppdragMottaget.class);
    public static final String UTREDNING_INLEDD = ContractCatalog.typeOf(UtredningInledd.class);
    public static final String ORO_INLAMNAD = ContractCatalog.typeOf(OroInlamnad.class);
    public static final String ORO_VIDAREBEFORDRAD = ContractCatalog.typeOf(OroVidarebefordrad.class);
    public static final String SKYDDSBEDOMNING_GJORD = ContractCatalog.typeOf(SkyddsbedomningGjord.class);
    public static final String ORO_BEKRAFTAD_SKRIFTLIGT = ContractCatalog.typeOf(OroBekraftadSkriftligt.class);
    public static final String ATERKOPPLING_LAMNAD = ContractCatalog.typeOf(AterkopplingLamnad.class);
    public static final String ATERKOPPLING_AVSTADD = ContractCatalog.typeOf(AterkopplingAvstadd.class);
    public static final String FORHANDSBEDOMNING_AVSLUTAD = ContractCatalog.typeOf(ForhandsbedomningAvslutad.class);

    /** This service's own fact: the IVO report for a quarter ({@code kvartal}) was submitted (rapportör). */
    public static final String IVO_RAPPORT_INLAMNAD = "IvoRapportInlämnad";

    /** The plan versions: {@code version} and its date field. */
    public static final Map<String, String> GENOMFORANDEPLAN = Map.of(GENOMFORANDEPLAN_UPPRATTAD, "upprattadDatum",
            GENOMFORANDEPLAN_REVIDERAD, "revideradDatum");

    /** The events that end a case, with the field holding their date. */
    public static final Map<String, String> AVSLUT = Map.of(INSATS_AVSLUTAD, "avslutsdatum", BESLUT_ATERKALLAT,
            "aterkallatDatum", UPPDRAG_AVSLUTAT, "avslutatDatum");

    /** Every event type a watch or the case state reads; others are ignored by the consumer. */
    public static final Set<String> LASTA = Set.of(UPPDRAG_SKICKAT, INSATS_BEVILJAD, INSATS_VERKSTALLD,
            VERKSTALLIGHET_AVBRUTEN, VERKSTALLIGHET_ATERUPPTAGEN, GENOMFORANDEPLAN_UPPRATTAD, GENOMFORANDEPLAN_REVIDERAD,
            REDOGORELSE_LAMNAD, BESLUT_ATERKALLAT, INSATS_AVSLUTAD, UPPDRAG_AVSLUTAT, UPPFOLJNING_GENOMFORD,
            AVSLUTNINGSMOTE_GENOMFORT, ORO_INLAMNAD, ORO_VIDAREBEFORDRAD, SKYDDSBEDOMNING_GJORD, ORO_BEKRAFTAD_SKRIFTLIGT,
            ATERKOPPLING_LAMNAD, ATERKOPPLING_AVSTADD, FORHANDSBEDOMNING_AVSLUTAD, SAMTYCKE_ATERKALLAT, BESLUT_OMPROVAT, FAMILJEN_INFORMERAD,
            UPPDRAG_MOTTAGET, UTREDNING_INLEDD);

    /**
     * A fact field derived from a list of the event, since lists are not flattened into facts (goals carry free text):
     * {@code negativForandring} of {@code UppföljningGenomförd} – {@code true} when any goal was rated
     * {@code NEGATIV_FORANDRING}, else {@code false}.
     */
    public static final String NEGATIV_FORANDRING = "negativForandring";

    /** The derived fields of a contract event (see {@link #NEGATIV_FORANDRING}); empty for other events. */
    public static Map<String, String> harleddaVarden(Record data) {
        if (data instanceof UppfoljningGenomford u) {
            boolean negativ = u.bedomningar() != null && u.bedomningar().stream()
                    .anyMatch(b -> b != null && "NEGATIV_FORANDRING".equals(b.skala()));
            return Map.of(NEGATIV_FORANDRING, Boolean.toString(negativ));
        }
        return Map.of();
    }

    private Handelsetyper() {
    }

    /** The reason a case ended, by the ending event's type; null for any other event. */
    public static String avslutsorsak(String typ) {
        if (typ.equals(INSATS_AVSLUTAD)) {
            return "INSATS_AVSLUTAD";
        }
        if (typ.equals(BESLUT_ATERKALLAT)) {
            return "BESLUT_ATERKALLAT";
        }
        if (typ.equals(UPPDRAG_AVSLUTAT)) {
            return "UPPDRAG_AVSLUTAT";
        }
        return null;
    }
}
