package se.barnunga.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.barnunga.contracts.bevakning.BevakningAvbruten;
import se.barnunga.contracts.bevakning.BevakningPaminnelse;
import se.barnunga.contracts.bevakning.BevakningPasserad;
import se.barnunga.contracts.bevakning.BevakningPasseradAterkallad;
import se.barnunga.contracts.bevakning.BevakningStartad;
import se.barnunga.contracts.bevakning.BevakningUppfylld;
import se.barnunga.contracts.bevakning.IvoRapporteringAterkallad;
import se.barnunga.contracts.bevakning.IvoRapporteringKravs;
import se.barnunga.contracts.oro.AterkopplingAvstadd;
import se.barnunga.contracts.oro.AterkopplingLamnad;
import se.barnunga.contracts.oro.AvvikelseRegistrerad;
import se.barnunga.contracts.oro.ForhandsbedomningAvslutad;
import se.barnunga.contracts.oro.OroBekraftadSkriftligt;
import se.barnunga.contracts.oro.OroInlamnad;
import se.barnunga.contracts.oro.OroMottagen;
import se.barnunga.contracts.oro.OroVidarebefordrad;
import se.barnunga.contracts.oro.SkyddsbedomningGjord;
import se.barnunga.contracts.uppfoljning.AvslutningsmoteGenomfort;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.contracts.uppfoljning.UppfoljningsmoteBokat;
import se.barnunga.contracts.uppfoljning.UppfoljningsmotePakallat;
import se.barnunga.contracts.uppfoljning.UtforarsammanfattningLamnad;
import se.barnunga.contracts.uppfoljning.UtredningInledd;
import se.barnunga.contracts.uppdrag.AnsvarigUtforareUtsedd;
import se.barnunga.contracts.uppdrag.BeslutAterkallat;
import se.barnunga.contracts.uppdrag.BeslutOmprovat;
import se.barnunga.contracts.uppdrag.FamiljenInformeradInforAvslut;
import se.barnunga.contracts.uppdrag.RiskbedomningGjord;
import se.barnunga.contracts.uppdrag.SamtyckeAterkallat;
import se.barnunga.contracts.uppdrag.GenomforandeplanReviderad;
import se.barnunga.contracts.uppdrag.GenomforandeplanUpprattad;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.InsatsBeviljad;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.PlaneringsmoteGenomfort;
import se.barnunga.contracts.uppdrag.RedogorelseLamnad;
import se.barnunga.contracts.uppdrag.UppdragAvslutat;
import se.barnunga.contracts.uppdrag.UppdragMottaget;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.contracts.uppdrag.VerkstallighetAterupptagen;
import se.barnunga.contracts.uppdrag.VerkstallighetAvbruten;
import se.barnunga.contracts.uppdrag.VerkstallighetHindrad;

/**
 * Every public contract event, in one list. A new event type is added here, with its record, its JSON Schema and its
 * entry in {@code docs/events.md}; the contract tests check that the four agree.
 */
public final class ContractCatalog {

    /** All contract event records. */
    public static final List<Class<? extends Record>> EVENTS = List.of(
            UppdragSkickat.class,
            UppdragMottaget.class,
            InsatsBeviljad.class,
            AnsvarigUtforareUtsedd.class,
            VerkstallighetHindrad.class,
            PlaneringsmoteGenomfort.class,
            InsatsVerkstalld.class,
            VerkstallighetAvbruten.class,
            VerkstallighetAterupptagen.class,
            GenomforandeplanUpprattad.class,
            GenomforandeplanReviderad.class,
            RedogorelseLamnad.class,
            BeslutAterkallat.class,
            InsatsAvslutad.class,
            UppdragAvslutat.class,
            SamtyckeAterkallat.class,
            BeslutOmprovat.class,
            RiskbedomningGjord.class,
            FamiljenInformeradInforAvslut.class,
            OroInlamnad.class,
            OroBekraftadSkriftligt.class,
            OroMottagen.class,
            OroVidarebefordrad.class,
            SkyddsbedomningGjord.class,
            AterkopplingLamnad.class,
            AterkopplingAvstadd.class,
            ForhandsbedomningAvslutad.class,
            AvvikelseRegistrerad.class,
            UppfoljningsmotePakallat.class,
            UppfoljningsmoteBokat.class,
            UtforarsammanfattningLamnad.class,
            UppfoljningGenomford.class,
            AvslutningsmoteGenomfort.class,
            UtredningInledd.class,
            BevakningStartad.class,
            BevakningPaminnelse.class,
            BevakningPasserad.class,
            BevakningUppfylld.class,
            BevakningAvbruten.class,
            IvoRapporteringKravs.class,
            BevakningPasseradAterkallad.class,
            IvoRapporteringAterkallad.class);

    private static final Map<String, Class<? extends Record>> BY_TYPE = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(c -> descriptor(c).type(), Function.identity()));

    private ContractCatalog() {
    }

    /** The {@link ContractEvent} annotation of a contract record; fails for a class that is not one. */
    public static ContractEvent descriptor(Class<?> eventClass) {
        ContractEvent descriptor = eventClass.getAnnotation(ContractEvent.class);
        if (descriptor == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated @ContractEvent");
        }
        return descriptor;
    }

    /** The CloudEvents type of a contract record. */
    public static String typeOf(Class<?> eventClass) {
        return descriptor(eventClass).type();
    }

    /** The topic of a contract record. */
    public static String topicOf(Class<?> eventClass) {
        return descriptor(eventClass).topic();
    }

    /** Classpath location of the JSON Schema of a contract record. */
    public static String schemaResource(Class<?> eventClass) {
        return "schemas/" + topicOf(eventClass) + "/" + eventClass.getSimpleName() + ".schema.json";
    }

    /** The {@code dataschema} URI of a contract record, naming the schema resource in this jar. */
    public static String schemaUri(Class<?> eventClass) {
        return "urn:barnunga:schema:" + topicOf(eventClass) + ":" + eventClass.getSimpleName();
    }

    /** The contract record of a CloudEvents type, if it is one. */
    public static Optional<Class<? extends Record>> forType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
