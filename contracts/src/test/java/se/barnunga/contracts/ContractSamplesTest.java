package se.barnunga.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.contracts.ContractSamples.*;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import se.barnunga.contracts.bevakning.BevakningAvbruten;
import se.barnunga.contracts.bevakning.BevakningPasserad;
import se.barnunga.contracts.bevakning.BevakningStartad;
import se.barnunga.contracts.bevakning.BevakningUppfylld;
import se.barnunga.contracts.bevakning.IvoRapporteringKravs;
import se.barnunga.contracts.oro.AvvikelseRegistrerad;
import se.barnunga.contracts.oro.ForhandsbedomningAvslutad;
import se.barnunga.contracts.oro.OroInlamnad;
import se.barnunga.contracts.oro.OroVidarebefordrad;
import se.barnunga.contracts.uppdrag.GenomforandeplanReviderad;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.contracts.uppfoljning.AvslutningsmoteGenomfort;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.contracts.uppfoljning.UppfoljningsmoteBokat;
import se.barnunga.contracts.uppfoljning.UppfoljningsmotePakallat;
import se.barnunga.contracts.uppfoljning.UtforarsammanfattningLamnad;

/**
 * Sample events, serialised the way producers do (Jackson, ISO dates, nulls included), validate against their schemas:
 * the nullable fields really admit {@code null}, and what must not pass does not.
 */
class ContractSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void every_contract_event_has_a_sample() {
        Set<Class<?>> sampled = samples().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(ContractCatalog.EVENTS);
    }

    @ParameterizedTest
    @MethodSource("se.barnunga.contracts.ContractSamples#samples")
    void a_sample_as_producers_serialise_it_validates(Record sample) {
        JsonNode data = JSON.valueToTree(sample);
        assertThat(errors(sample.getClass(), data)).as("%s", data).isEmpty();
    }

    @Test
    void a_required_field_may_not_be_null_or_missing() {
        ObjectNode data = JSON.valueToTree(samples().findFirst().orElseThrow());
        assertThat(errors(UppdragSkickat.class, data.deepCopy().putNull("beslutsdatum"))).isNotEmpty();
        assertThat(errors(UppdragSkickat.class, data.deepCopy().putNull("mal"))).isNotEmpty();
        ObjectNode withoutMal = data.deepCopy();
        withoutMal.remove("mal");
        assertThat(errors(UppdragSkickat.class, withoutMal)).isNotEmpty();

        ObjectNode uppfoljning = JSON.valueToTree(new UppfoljningGenomford(ID, "M1", 1, false, D, BARN, "FAMILJEBEHANDLING",
                "MYND-1", "UTF-1", true, BEDOMNINGAR, "JUSTERA", null, true, true, null, T));
        assertThat(errors(UppfoljningGenomford.class, uppfoljning)).isEmpty();
        ObjectNode withoutUtfall = uppfoljning.deepCopy();
        withoutUtfall.remove("utfall");
        assertThat(errors(UppfoljningGenomford.class, withoutUtfall)).isNotEmpty();
        assertThat(errors(UppfoljningGenomford.class, uppfoljning.deepCopy().putNull("bedomningar"))).isNotEmpty();
        ObjectNode bedomningWithoutSkala = uppfoljning.deepCopy();
        ((ObjectNode) bedomningWithoutSkala.withArray("bedomningar").get(0)).remove("skala");
        assertThat(errors(UppfoljningGenomford.class, bedomningWithoutSkala)).isNotEmpty();
        ObjectNode bokat = JSON.valueToTree(new UppfoljningsmoteBokat(ID, "M1", "UPPFOLJNING", false, D.plusDays(50), D, 50, true,
                false, false, "BOKNING", "anna", "MYND-1", "UTF-1", T));
        assertThat(errors(UppfoljningsmoteBokat.class, bokat)).isEmpty();
        ObjectNode withoutMoteId = bokat.deepCopy();
        withoutMoteId.remove("moteId");
        assertThat(errors(UppfoljningsmoteBokat.class, withoutMoteId)).isNotEmpty();
        assertThat(errors(UppfoljningsmoteBokat.class, bokat.deepCopy().putNull("datum"))).isNotEmpty();
        ObjectNode avslutning = JSON.valueToTree(new AvslutningsmoteGenomfort(ID, "M4", D, null, null, null, null, true,
                BEDOMNINGAR, "OKAD", true, T));
        assertThat(errors(AvslutningsmoteGenomfort.class, avslutning)).isEmpty();
        assertThat(errors(AvslutningsmoteGenomfort.class, avslutning.deepCopy().putNull("riskbedomning"))).isNotEmpty();

        ObjectNode startad = JSON.valueToTree(new BevakningStartad("SKYDDSBEDOMNING:" + ORO_ID, "SKYDDSBEDOMNING", 1,
                "20 kap. 1 § SoL (2025:400)", "ORO", ORO_ID, null, null, null, null, D, D, Instant.parse("2025-03-03T23:00:00Z"),
                null, false, T));
        assertThat(errors(BevakningStartad.class, startad)).isEmpty();
        ObjectNode withoutBevakningId = startad.deepCopy();
        withoutBevakningId.remove("bevakningId");
        assertThat(errors(BevakningStartad.class, withoutBevakningId)).isNotEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().putNull("forfaller"))).isNotEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().putNull("kalla"))).isNotEmpty();
        ObjectNode passerad = JSON.valueToTree(new BevakningPasserad("SKYDDSBEDOMNING:" + ORO_ID, "SKYDDSBEDOMNING", "ORO", ORO_ID,
                null, null, null, D, Instant.parse("2025-03-03T23:00:00Z"), Instant.parse("2025-03-03T23:00:02Z")));
        assertThat(errors(BevakningPasserad.class, passerad)).isEmpty();
        assertThat(errors(BevakningPasserad.class, passerad.deepCopy().putNull("arendeId"))).isNotEmpty();
        ObjectNode kravs = JSON.valueToTree(new IvoRapporteringKravs("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", ID,
                "EJ_VERKSTALLT", null, null, "SOL_2025_11_1", null, D, null, IVO_FORFALLER, "2025-Q2", true, IVO_PASSERAR));
        assertThat(errors(IvoRapporteringKravs.class, kravs)).isEmpty();
        ObjectNode withoutKvartal = kravs.deepCopy();
        withoutKvartal.remove("kvartal");
        assertThat(errors(IvoRapporteringKravs.class, withoutKvartal)).isNotEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().putNull("beslutsdatum"))).isNotEmpty();
    }

    @Test
    void closed_values_are_checked() {
        ObjectNode skickat = JSON.valueToTree(samples().findFirst().orElseThrow());
        assertThat(errors(UppdragSkickat.class, skickat.deepCopy().put("insatstyp", "familjebehandling"))).isNotEmpty();
        assertThat(errors(UppdragSkickat.class, skickat.deepCopy().put("beslutsdatum", "3 mars 2025"))).isNotEmpty();
        ObjectNode badMal = skickat.deepCopy();
        badMal.withArray("mal").addObject().put("malId", MAL_ID).put("bbicOmrade", "HALSA").put("text", "Barnet ska …");
        assertThat(errors(UppdragSkickat.class, badMal)).as("no free text inside a goal").isNotEmpty();

        ObjectNode avslutad = JSON.valueToTree(new InsatsAvslutad(ID, D, "ANNAT", null, true, "anna", T));
        assertThat(errors(InsatsAvslutad.class, avslutad.deepCopy().put("riskniva", "HOG"))).isNotEmpty();
        ObjectNode plan = JSON.valueToTree(new GenomforandeplanReviderad(ID, 2, D, "ANNAT", List.of(), "eva", T));
        assertThat(errors(GenomforandeplanReviderad.class, plan.deepCopy().put("version", 1))).isNotEmpty();
        assertThat(errors(GenomforandeplanReviderad.class, plan.deepCopy().put("anledning", "OKAND"))).isNotEmpty();

        ObjectNode inlamnad = JSON.valueToTree(new OroInlamnad(ID, ANMALAN_ID, BARN, null, null, false, "SKRIFTLIG", false,
                true, null, false, "MOTTAGNING", "MOTT-1", null, "INGEN_ANSVARIG_SOCIALSEKRETERARE", "enhetschef", "UTF-1", T));
        assertThat(errors(OroInlamnad.class, inlamnad)).isEmpty();
        assertThat(errors(OroInlamnad.class, inlamnad.deepCopy().put("mottagartyp", "HANDLAGGARE"))).isNotEmpty();
        assertThat(errors(OroInlamnad.class, inlamnad.deepCopy().put("uppgiftslamnarensRoll", "SOCIALSEKRETERARE")))
                .as("role claims are lowercase").isNotEmpty();
        assertThat(errors(OroInlamnad.class, inlamnad.deepCopy().put("oro", "Barnet har berättat att …")))
                .as("no free text about the concern").isNotEmpty();
        assertThat(errors(OroInlamnad.class, inlamnad.deepCopy().putNull("akut"))).isNotEmpty();
        assertThat(errors(OroInlamnad.class, inlamnad.deepCopy().put("uppdragId", "UPPDRAG-1"))).isNotEmpty();
        ObjectNode barnWithName = inlamnad.deepCopy();
        ((ObjectNode) barnWithName.get("barn")).put("fornamn", "Alva");
        assertThat(errors(OroInlamnad.class, barnWithName)).as("the child is a pseudonym only").isNotEmpty();

        ObjectNode avvikelse = JSON.valueToTree(new AvvikelseRegistrerad(ID, AVVIKELSE_ID, "INTE_INFORMERAT_UTAN_SKAL", "UTF-1", T));
        assertThat(errors(AvvikelseRegistrerad.class, avvikelse.deepCopy().put("avvikelsetyp", "SEN_HANDLAGGNING"))).isNotEmpty();
        ObjectNode vidare = JSON.valueToTree(new OroVidarebefordrad(ID, "MOTTAGNING", "SOCIALJOUR", "JOUR-1", null, "ESKALERING", T));
        assertThat(errors(OroVidarebefordrad.class, vidare.deepCopy().put("orsak", "ANNAT"))).isNotEmpty();
        ObjectNode forhands = JSON.valueToTree(new ForhandsbedomningAvslutad(ID, "INLED_INTE_UTREDNING", T, 15, false));
        assertThat(errors(ForhandsbedomningAvslutad.class, forhands.deepCopy().put("dagarSedanInkom", -1))).isNotEmpty();

        ObjectNode genomford = JSON.valueToTree(new UppfoljningGenomford(ID, "M2", 2, false, D, BARN, "FAMILJEBEHANDLING",
                "MYND-1", "UTF-1", true, BEDOMNINGAR, "FORTSATTA", null, false, true, D.plusDays(45), T));
        assertThat(errors(UppfoljningGenomford.class, genomford)).isEmpty();
        ObjectNode unknownSkala = genomford.deepCopy();
        ((ObjectNode) unknownSkala.withArray("bedomningar").get(0)).put("skala", "DELVIS_UPPFYLLT");
        assertThat(errors(UppfoljningGenomford.class, unknownSkala)).isNotEmpty();
        ObjectNode textInBedomning = genomford.deepCopy();
        ((ObjectNode) textInBedomning.withArray("bedomningar").get(0)).put("arbetet", "Vi har arbetat med …");
        assertThat(errors(UppfoljningGenomford.class, textInBedomning)).as("no free text inside a rating").isNotEmpty();
        assertThat(errors(UppfoljningGenomford.class, genomford.deepCopy().put("barnetsUppfattning", "Alva tycker att …")))
                .as("the child's view stays in the service").isNotEmpty();
        assertThat(errors(UppfoljningGenomford.class, genomford.deepCopy().put("utfall", "NY_BEDOMNING"))).isNotEmpty();
        assertThat(errors(UppfoljningGenomford.class, genomford.deepCopy().put("utredningsgrund", "ANNAT"))).isNotEmpty();
        assertThat(errors(UppfoljningGenomford.class, genomford.deepCopy().put("nummer", 0))).isNotEmpty();
        assertThat(errors(UppfoljningGenomford.class, genomford.deepCopy().put("moteId", "Mötet med Alva"))).isNotEmpty();
        ObjectNode avslutningsmote = JSON.valueToTree(new AvslutningsmoteGenomfort(ID, "M4", D, BARN, "FAMILJEBEHANDLING",
                "MYND-1", "UTF-1", true, BEDOMNINGAR, "MINSKAD", true, T));
        assertThat(errors(AvslutningsmoteGenomfort.class, avslutningsmote)).isEmpty();
        assertThat(errors(AvslutningsmoteGenomfort.class, avslutningsmote.deepCopy().put("riskbedomning", "HOG"))).isNotEmpty();
        assertThat(errors(AvslutningsmoteGenomfort.class, avslutningsmote.deepCopy().put("upplevelse", "Familjen upplevde …")))
                .as("how the family experienced it stays in the service").isNotEmpty();
        ObjectNode pakallat = JSON.valueToTree(new UppfoljningsmotePakallat(ID, "utforare", "eva", "MYND-1", "UTF-1", T));
        assertThat(errors(UppfoljningsmotePakallat.class, pakallat)).isEmpty();
        assertThat(errors(UppfoljningsmotePakallat.class, pakallat.deepCopy().put("pakallatAvRoll", "UTFORARE")))
                .as("role claims are lowercase").isNotEmpty();
        assertThat(errors(UppfoljningsmotePakallat.class, pakallat.deepCopy().put("pakallatAvRoll", "metodhandledare"))).isNotEmpty();
        assertThat(errors(UppfoljningsmotePakallat.class, pakallat.deepCopy().put("skal", "Pappan har flyttat …")))
                .as("the reason stays in the service").isNotEmpty();
        ObjectNode bokning = JSON.valueToTree(new UppfoljningsmoteBokat(ID, "M2", "UPPFOLJNING", false, D.plusDays(60), D, 60,
                false, true, false, "BOKNING", "anna", "MYND-1", "UTF-1", T));
        assertThat(errors(UppfoljningsmoteBokat.class, bokning)).isEmpty();
        assertThat(errors(UppfoljningsmoteBokat.class, bokning.deepCopy().put("kalla", "TELEFON"))).isNotEmpty();
        assertThat(errors(UppfoljningsmoteBokat.class, bokning.deepCopy().put("slag", "PLANERING"))).isNotEmpty();
        assertThat(errors(UppfoljningsmoteBokat.class, bokning.deepCopy().put("moteId", "M12345"))).isNotEmpty();
        assertThat(errors(UppfoljningsmoteBokat.class, bokning.deepCopy().put("plats", "Hemma hos familjen")))
                .as("the place stays in the service").isNotEmpty();
        ObjectNode sammanfattning = JSON.valueToTree(new UtforarsammanfattningLamnad(ID, "M1", "UPPFOLJNING", 4, 6, "DELVIS", "AKTIV",
                List.of(MAL_ID), "eva", T));
        assertThat(errors(UtforarsammanfattningLamnad.class, sammanfattning)).isEmpty();
        assertThat(errors(UtforarsammanfattningLamnad.class, sammanfattning.deepCopy().put("tillfallenGenomforda", -1))).isNotEmpty();
        assertThat(errors(UtforarsammanfattningLamnad.class, sammanfattning.deepCopy().put("barnetsDelaktighet", "HOG"))).isNotEmpty();
        assertThat(errors(UtforarsammanfattningLamnad.class, sammanfattning.deepCopy().putArray("malIds").add("Mål 1")))
                .isNotEmpty();

        ObjectNode startad = JSON.valueToTree(new BevakningStartad("FORSTA_UPPFOLJNING:" + ID, "FORSTA_UPPFOLJNING", 1,
                "Rutin: uppföljningsmöte inom 6–8 veckor efter verkställighet", "UPPDRAG", ID, BARN, "MYND-1", "UTF-1", "anna",
                D.plusDays(7), D.plusDays(7 + 56), Instant.parse("2025-05-05T22:00:00Z"), null, false, T));
        assertThat(errors(BevakningStartad.class, startad)).isEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().put("regelversion", 0))).isNotEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().put("regelId", "forsta_uppfoljning"))).isNotEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().put("bevakningId", "FORSTA_UPPFOLJNING"))).isNotEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().put("bevakningId", "FORSTA_UPPFOLJNING:Alva 2014")))
                .isNotEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().put("arendetyp", "INSATS"))).isNotEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().put("arendeId", "UPPDRAG-1"))).isNotEmpty();
        assertThat(errors(BevakningStartad.class, startad.deepCopy().put("forfaller", "2025-05-06"))).isNotEmpty();
        ObjectNode bevakningBarnWithName = startad.deepCopy();
        ((ObjectNode) bevakningBarnWithName.get("barn")).put("fornamn", "Alva");
        assertThat(errors(BevakningStartad.class, bevakningBarnWithName)).as("the child is a pseudonym only").isNotEmpty();
        ObjectNode avbruten = JSON.valueToTree(new BevakningAvbruten("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", "UPPDRAG", ID,
                "MYND-1", "UTF-1", "anna", "BESLUT_ATERKALLAT", D.plusDays(20), T.plusSeconds(20 * 86400)));
        assertThat(errors(BevakningAvbruten.class, avbruten)).isEmpty();
        assertThat(errors(BevakningAvbruten.class, avbruten.deepCopy().put("orsak", "ANNAT"))).isNotEmpty();
        ObjectNode uppfylld = JSON.valueToTree(new BevakningUppfylld("FORSTA_UPPFOLJNING:" + ID, "FORSTA_UPPFOLJNING", "UPPDRAG",
                ID, "MYND-1", "UTF-1", "anna", D.plusDays(7 + 56), D.plusDays(50), true, T.plusSeconds(50 * 86400)));
        assertThat(errors(BevakningUppfylld.class, uppfylld)).isEmpty();
        assertThat(errors(BevakningUppfylld.class, uppfylld.deepCopy().put("uppfylldDatum", "i tid"))).isNotEmpty();
        ObjectNode kravs = JSON.valueToTree(new IvoRapporteringKravs("IVO_AVBROTT:" + ID + ":1", "IVO_AVBROTT", ID, "AVBROTT", BARN,
                "FAMILJEBEHANDLING", "SOL_2025_11_1", "MYND-1", D, D.plusDays(30), D.plusDays(30).plusMonths(3), "2025-Q3", true,
                Instant.parse("2025-07-02T22:00:00Z")));
        assertThat(errors(IvoRapporteringKravs.class, kravs)).isEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().put("kvartal", "2025-Q5"))).isNotEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().put("kvartal", "Q3 2025"))).isNotEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().put("regelId", "FORSTA_UPPFOLJNING"))).isNotEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().put("slag", "HINDRAT"))).isNotEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().put("lagrum", "LVU_11"))).isNotEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().put("insatstyp", "familjebehandling"))).isNotEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().put("personkod", "20140101-XXXX")))
                .as("the person code is fetched over REST, never on Kafka").isNotEmpty();
        assertThat(errors(IvoRapporteringKravs.class, kravs.deepCopy().put("skal", "Familjen har tackat nej …")))
                .as("the reasons for the delay stay in the service").isNotEmpty();
    }

    private static Set<ValidationMessage> errors(Class<?> event, JsonNode data) {
        return schema(event).validate(data);
    }

    private static JsonSchema schema(Class<?> event) {
        try (InputStream in = ContractCatalog.class.getClassLoader().getResourceAsStream(ContractCatalog.schemaResource(event))) {
            assertThat(in).as("schema %s", ContractCatalog.schemaResource(event)).isNotNull();
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in), config);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
