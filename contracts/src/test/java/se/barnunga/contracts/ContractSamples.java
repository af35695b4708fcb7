package se.barnunga.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import se.barnunga.contracts.bevakning.BevakningAvbruten;
import se.barnunga.contracts.bevakning.BevakningPaminnelse;
import se.barnunga.contracts.bevakning.BevakningPasserad;
import se.barnunga.contracts.bevakning.BevakningPasseradAterkallad;
import se.barnunga.contracts.bevakning.BevakningStartad;
import se.barnunga.contracts.bevakning.BevakningUppfylld;
import se.barnunga.contracts.bevakning.IvoRapporteringAterkallad;
import se.barnunga.contracts.bevakning.IvoRapporteringKravs;
import se.barnunga.contracts.oro.AterkopplingLamnad;
import se.barnunga.contracts.oro.AterkopplingAvstadd;
import se.barnunga.contracts.oro.AvvikelseRegistrerad;
import se.barnunga.contracts.oro.ForhandsbedomningAvslutad;
import se.barnunga.contracts.oro.OroBekraftadSkriftligt;
import se.barnunga.contracts.oro.OroInlamnad;
import se.barnunga.contracts.oro.OroMottagen;
import se.barnunga.contracts.oro.OroVidarebefordrad;
import se.barnunga.contracts.oro.SkyddsbedomningGjord;
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
import se.barnunga.contracts.uppdrag.Mal;
import se.barnunga.contracts.uppdrag.PlaneringsmoteGenomfort;
import se.barnunga.contracts.uppdrag.RedogorelseLamnad;
import se.barnunga.contracts.uppdrag.UppdragAvslutat;
import se.barnunga.contracts.uppdrag.UppdragMottaget;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.contracts.uppdrag.VerkstallighetAterupptagen;
import se.barnunga.contracts.uppdrag.VerkstallighetAvbruten;
import se.barnunga.contracts.uppdrag.VerkstallighetHindrad;
import se.barnunga.contracts.uppfoljning.AvslutningsmoteGenomfort;
import se.barnunga.contracts.uppfoljning.Malbedomning;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.contracts.uppfoljning.UppfoljningsmoteBokat;
import se.barnunga.contracts.uppfoljning.UppfoljningsmotePakallat;
import se.barnunga.contracts.uppfoljning.UtforarsammanfattningLamnad;
import se.barnunga.contracts.uppfoljning.UtredningInledd;

/**
 * One sample at least of every contract event, with the values the samples share; nullable fields are null in at
 * least one of them. Used by {@link ContractSamplesTest}.
 */
final class ContractSamples {

    private ContractSamples() {
    }

    static final String ID = "7f1c0a52-3d1e-4b7a-9a55-2f0e6c1d9b10";
    static final String MAL_ID = "0b6a3c1e-8f2d-4c55-a1e9-5d7c2b4f6a80";
    static final Barn BARN = new Barn("a".repeat(64), "KVINNA", 2014);
    static final List<Mal> MAL = List.of(new Mal(MAL_ID, "HALSA"));
    static final String ANMALAN_ID = "3e9d2b71-5c4a-4f08-b6d3-81a7e2c0f945";
    static final String AVVIKELSE_ID = "c52f8e19-0a7b-4d63-9e14-6b3d0f7a2c58";
    static final List<Malbedomning> BEDOMNINGAR = List.of(
            new Malbedomning(MAL_ID, "HALSA", "POSITIV_FORANDRING_MAL_EJ_UPPFYLLT"));
    static final Instant T = Instant.parse("2025-03-04T09:15:00Z");
    static final LocalDate D = LocalDate.parse("2025-03-03");
    static final String ORO_ID = "5d2e8a41-7b3c-4e96-8f10-2a6c9d4b7e35";
    /** Three months after {@link #D}: the IVO watch of the decision passes at the start of the next day, Stockholm time. */
    static final LocalDate IVO_FORFALLER = LocalDate.parse("2025-06-03");
    static final Instant IVO_PASSERAR = Instant.parse("2025-06-03T22:00:00Z");

    /** At least one sample per contract event; nullable fields are null in at least one of them. */
    static Stream<Record> samples() {
        return Stream.of(
                new UppdragSkickat(ID, "BEVILJAD_INSATS", BARN, "UTF-1", "MYND-1", "anna", T, "FAMILJEBEHANDLING", D, MAL, null),
                new UppdragSkickat(ID, "UTREDNINGSUPPDRAG", BARN, "UTF-1", "MYND-1", "anna", T, null, D, List.of(), D.plusMonths(4)),
                new UppdragSkickat(ID, "BEVILJAD_INSATS", BARN, "UTF-1", "MYND-1", "anna", T, "FAMILJEBEHANDLING", D, MAL, null,
                        true, false),
                new UppdragMottaget(ID, "UTF-1", "mats", T),
                new InsatsBeviljad(ID, "BEVILJAD_INSATS", BARN, "FAMILJEBEHANDLING", D, "SOL_2025_11_1", D, D.plusMonths(6), MAL,
                        "MYND-1", "anna", "UTF-1", T),
                new InsatsBeviljad(ID, "INSATS_UNDER_UTREDNING", BARN, "KONTAKTPERSON", D.minusMonths(2), "LVU_11", null, null, MAL,
                        "MYND-1", "anna", "UTF-1", T),
                new AnsvarigUtforareUtsedd(ID, "UTF-1", "eva", "mats", T),
                new VerkstallighetHindrad(ID, "UTF-1", "KAN_INTE_VERKSTALLA_INOM_SKALIG_TID", "mats", T),
                new PlaneringsmoteGenomfort(ID, D, D.plusDays(7), D.plusDays(7 + 42), false, "eva", "anna", T),
                new InsatsVerkstalld(ID, "BEVILJAD_INSATS", BARN, "FAMILJEBEHANDLING", D, D.plusDays(7), "UTF-1", "MYND-1", "anna",
                        "eva", T),
                new InsatsVerkstalld(ID, "BEVILJAD_INSATS", BARN, "FAMILJEBEHANDLING", D, D.plusDays(7), "UTF-1", "MYND-1", "anna",
                        null, T),
                new VerkstallighetAvbruten(ID, D, "ENSKILDS_BEGARAN", "anna", T),
                new VerkstallighetAterupptagen(ID, D, D.plusDays(20), "anna", T),
                new GenomforandeplanUpprattad(ID, 1, D, List.of(MAL_ID), "eva", T),
                new GenomforandeplanUpprattad(ID, 1, D, List.of(MAL_ID), "eva", T, true),
                new GenomforandeplanReviderad(ID, 2, D, "UPPFOLJNING", List.of(MAL_ID), "eva", T),
                new RedogorelseLamnad(ID, "UTREDNINGSUPPDRAG", "REDOGORELSE", D, D.minusDays(1), true, "eva", T),
                new BeslutAterkallat(ID, D, "anna", T),
                new InsatsAvslutad(ID, D, "MALEN_UPPFYLLDA", "MINSKAD", false, "anna", T),
                new InsatsAvslutad(ID, D, "FLYTTAT", null, false, "anna", T),
                new UppdragAvslutat(ID, "UTF-1", D, "eva", T),
                new InsatsBeviljad(ID, "BEVILJAD_INSATS", BARN, "KONTAKTPERSON", D, "SOL_2025_13_7", D, D.plusMonths(6), MAL,
                        "MYND-1", "anna", "UTF-1", T),
                new SamtyckeAterkallat(ID, BARN, "VARDNADSHAVARE", D, "SOL_2025_11_1", "MYND-1", "anna", T),
                new BeslutOmprovat(ID, BARN, "LVU_11", "NAMNDBESLUT_LVU_11", D, "MYND-1", "anna", T),
                new RiskbedomningGjord(ID, BARN, "MINSKAD", false, D, "MYND-1", "anna", T),
                new FamiljenInformeradInforAvslut(ID, D, List.of("VARDNADSHAVARE", "BARNET"), "eva", T),
                new UtredningInledd(ID, "M2", D, BARN, "MYND-1", "anna", T),
                new UtredningInledd(ID, null, D, null, null, "anna", T),
                new OroInlamnad(ID, ANMALAN_ID, BARN, MAL_ID, "SYSKON", false, "SKRIFTLIG", false, true, true, true,
                        "SOCIALSEKRETERARE", "MYND-1", "anna", "ANSVARIG_SOCIALSEKRETERARE", "utforare", "UTF-1", T),
                new OroInlamnad(ID, ANMALAN_ID, null, null, null, true, "MUNTLIG", true, false, null, false,
                        "SOCIALJOUR", "JOUR-1", null, "AKUT_UTANFOR_KONTORSTID", "metodhandledare", "UTF-1", T),
                new OroBekraftadSkriftligt(ID, T.plusSeconds(3600), true),
                new OroMottagen(ID, "MOTTAGNING", "MOTT-1", "karin", T),
                new OroVidarebefordrad(ID, "MOTTAGNING", "SOCIALSEKRETERARE", "MYND-1", "anna", "VIDAREBEFORDRAN", T),
                new OroVidarebefordrad(ID, "SOCIALSEKRETERARE", "MOTTAGNING", "MOTT-1", null, "ESKALERING", T),
                new SkyddsbedomningGjord(ID, false, T, true, T.plusSeconds(600)),
                new AterkopplingLamnad(ID, "UTREDNING_INLEDD", T),
                new ForhandsbedomningAvslutad(ID, "INLED_UTREDNING", T, 0, true),
                new ForhandsbedomningAvslutad(ID, "INLED_INTE_UTREDNING", T, 3, true, false, true),
                new AvvikelseRegistrerad(ID, AVVIKELSE_ID, "SKRIFTLIG_BEKRAFTELSE_SEN", "UTF-1", T),
                new AvvikelseRegistrerad(ID, AVVIKELSE_ID, "FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP", "UTF-1", T),
                new AterkopplingAvstadd(ID, T),
                new UppfoljningsmotePakallat(ID, "socialsekreterare", "anna", "MYND-1", "UTF-1", T),
                new UppfoljningsmotePakallat(ID, "utforare", "eva", null, null, T),
                new UppfoljningsmoteBokat(ID, "M1", "UPPFOLJNING", false, D.plusDays(7 + 42), D.plusDays(7), 42, true, false, false,
                        "PLANERINGSMOTE", "anna", "MYND-1", "UTF-1", T),
                new UppfoljningsmoteBokat(ID, "M2", "UPPFOLJNING", false, D.minusDays(3), D, -3, false, true, true,
                        "BOKNING", "anna", "MYND-1", "UTF-1", T),
                new UppfoljningsmoteBokat(ID, "M3", "UPPFOLJNING", true, D, null, null, null, false, false,
                        "BOKNING", null, null, null, T),
                new UppfoljningsmoteBokat(ID, "M4", "AVSLUTNING", false, D.plusDays(30), D, 30, null, false, false,
                        "UPPFOLJNINGSMOTE", "anna", "MYND-1", "UTF-1", T),
                new UtforarsammanfattningLamnad(ID, "M1", "UPPFOLJNING", 5, 6, "AKTIV", "DELVIS", List.of(MAL_ID), "eva", T),
                new UtforarsammanfattningLamnad(ID, "M2", "AVSLUTNING", 0, 0, "INGEN", "INGEN", List.of(), "eva", T),
                new UppfoljningGenomford(ID, "M1", 1, false, D, BARN, "FAMILJEBEHANDLING", "MYND-1", "UTF-1", true, BEDOMNINGAR,
                        "FORTSATTA", null, false, true, D.plusDays(49), T),
                new UppfoljningGenomford(ID, "M3", 2, true, D, null, null, null, null, false,
                        List.of(new Malbedomning(MAL_ID, null, "NEGATIV_FORANDRING")), "NY_UTREDNING", "OKAD_RISK", true, false,
                        null, T),
                new AvslutningsmoteGenomfort(ID, "M4", D, BARN, "FAMILJEBEHANDLING", "MYND-1", "UTF-1", true,
                        List.of(new Malbedomning(MAL_ID, "HALSA", "POSITIV_FORANDRING_MAL_UPPFYLLT")), "MINSKAD", true, T),
                new AvslutningsmoteGenomfort(ID, "M5", D, null, null, null, null, false,
                        List.of(new Malbedomning(MAL_ID, null, "INGEN_FORANDRING")), "OFORANDRAD", false, T),
                new BevakningStartad("FORSTA_UPPFOLJNING:" + ID, "FORSTA_UPPFOLJNING", 1,
                        "Rutin: uppföljningsmöte inom 6–8 veckor efter verkställighet", "UPPDRAG", ID, BARN, "MYND-1", "UTF-1",
                        "anna", D.plusDays(7), D.plusDays(7 + 56), Instant.parse("2025-05-05T22:00:00Z"),
                        Instant.parse("2025-04-28T22:00:00Z"), false, T),
                new BevakningStartad("SKYDDSBEDOMNING:" + ORO_ID, "SKYDDSBEDOMNING", 1, "20 kap. 1 § SoL (2025:400)", "ORO",
                        ORO_ID, null, null, null, null, D.plusDays(1), D.plusDays(1), Instant.parse("2025-03-04T23:00:00Z"),
                        null, false, T),
                new BevakningStartad("NASTA_UPPFOLJNING:" + ID + ":2", "NASTA_UPPFOLJNING", 2,
                        "Rutin: uppföljningsmöte inom 6–8 veckor efter föregående möte", "UPPDRAG", ID, BARN, "MYND-1", "UTF-1",
                        "anna", LocalDate.parse("2025-05-02"), LocalDate.parse("2025-06-27"), Instant.parse("2025-06-27T22:00:00Z"),
                        Instant.parse("2025-06-20T22:00:00Z"), true, Instant.parse("2025-05-02T12:40:00Z")),
                new BevakningStartad("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", 1, "34 kap. 1 § SoL (2025:400)", "UPPDRAG",
                        ID, BARN, "MYND-1", null, "anna", D, IVO_FORFALLER, IVO_PASSERAR, Instant.parse("2025-05-20T22:00:00Z"),
                        false, T),
                new BevakningPaminnelse("FORHANDSBEDOMNING:" + ORO_ID, "FORHANDSBEDOMNING", "ORO", ORO_ID, "MYND-1", null, "anna",
                        LocalDate.parse("2025-03-18"), Instant.parse("2025-03-18T23:00:00Z"), Instant.parse("2025-03-14T07:00:00Z")),
                new BevakningPaminnelse("FORSTA_UPPFOLJNING:" + ID, "FORSTA_UPPFOLJNING", "UPPDRAG", ID, null, null, null,
                        D.plusDays(7 + 56), Instant.parse("2025-05-05T22:00:00Z"), Instant.parse("2025-04-28T22:00:00Z")),
                new BevakningPasserad("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", "UPPDRAG", ID, "MYND-1", "UTF-1", "anna",
                        IVO_FORFALLER, IVO_PASSERAR, IVO_PASSERAR.plusSeconds(1)),
                new BevakningPasserad("SKRIFTLIG_BEKRAFTELSE:" + ORO_ID, "SKRIFTLIG_BEKRAFTELSE", "ORO", ORO_ID, null, null, null,
                        LocalDate.parse("2025-03-05"), Instant.parse("2025-03-05T23:00:00Z"), Instant.parse("2025-03-06T08:12:00Z")),
                new BevakningUppfylld("FORSTA_UPPFOLJNING:" + ID, "FORSTA_UPPFOLJNING", "UPPDRAG", ID, "MYND-1", "UTF-1", "anna",
                        D.plusDays(7 + 56), LocalDate.parse("2025-04-24"), true, Instant.parse("2025-04-24T13:30:00Z")),
                new BevakningUppfylld("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", "UPPDRAG", ID, null, null, null,
                        IVO_FORFALLER, LocalDate.parse("2025-06-16"), false, Instant.parse("2025-06-16T09:05:00Z")),
                new BevakningAvbruten("BESLUTSPERIOD_SLUTAR:" + ID, "BESLUTSPERIOD_SLUTAR", "UPPDRAG", ID, "MYND-1", "UTF-1", "anna",
                        "INSATS_AVSLUTAD", LocalDate.parse("2025-08-29"), Instant.parse("2025-08-29T14:10:00Z")),
                new BevakningAvbruten("ATERKOPPLING:" + ORO_ID, "ATERKOPPLING", "ORO", ORO_ID, null, null, null,
                        "REGEL_GALLER_INTE", D.plusDays(2), Instant.parse("2025-03-05T10:00:00Z")),
                new IvoRapporteringKravs("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", ID, "EJ_VERKSTALLT", BARN,
                        "FAMILJEBEHANDLING", "SOL_2025_11_1", "MYND-1", D, null, IVO_FORFALLER, "2025-Q2", true,
                        IVO_PASSERAR.plusSeconds(1)),
                new IvoRapporteringKravs("IVO_AVBROTT:" + ID + ":1", "IVO_AVBROTT", ID, "AVBROTT", null, null, "SOL_2001_4_1", null,
                        LocalDate.parse("2024-11-20"), LocalDate.parse("2025-04-14"), LocalDate.parse("2025-07-14"), "2025-Q4",
                        false, Instant.parse("2025-09-30T22:00:00Z")),
                new IvoRapporteringKravs("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", ID, "EJ_VERKSTALLT", BARN,
                        "FAMILJEBEHANDLING", "SOL_2025_11_1", "MYND-1", D, null, IVO_FORFALLER, "2025-Q4", true,
                        Instant.parse("2025-10-02T08:00:00Z"), "2025-Q2"),
                new BevakningPasseradAterkallad("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", "UPPDRAG", ID, "MYND-1", "UTF-1",
                        "anna", IVO_FORFALLER, "UPPFYLLD_INOM_FRIST", LocalDate.parse("2025-04-01"),
                        Instant.parse("2025-10-03T08:00:00Z")),
                new BevakningPasseradAterkallad("VERKSTALLIGHET_START:" + ID, "VERKSTALLIGHET_START", "UPPDRAG", ID, null, null,
                        null, D.plusDays(14), "FORFALLODATUM_ANDRAT", D.plusDays(40), Instant.parse("2025-04-01T08:00:00Z")),
                new IvoRapporteringAterkallad("IVO_EJ_VERKSTALLT:" + ID, "IVO_EJ_VERKSTALLT", ID, "EJ_VERKSTALLT", "MYND-1", null,
                        IVO_FORFALLER, "2025-Q2", "2025-Q4", "UPPFYLLD_INOM_FRIST", Instant.parse("2025-10-03T08:00:00Z")),
                new IvoRapporteringAterkallad("IVO_AVBROTT:" + ID + ":1", "IVO_AVBROTT", ID, "AVBROTT", null,
                        LocalDate.parse("2025-04-14"), LocalDate.parse("2025-07-14"), "2025-Q3", "2025-Q3", "AVBRUTEN_INOM_FRIST",
                        Instant.parse("2025-08-03T08:00:00Z")));
    }
}
