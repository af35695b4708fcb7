package se.barnunga.assignment.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.barnunga.assignment.domain.Barn;
import se.barnunga.assignment.domain.Deltagare;
import se.barnunga.assignment.domain.Handelser;
import se.barnunga.assignment.domain.Uppdragstyp;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.contracts.uppdrag.AnsvarigUtforareUtsedd;
import se.barnunga.assignment.domain.Mottagare;
import se.barnunga.contracts.uppdrag.BeslutAterkallat;
import se.barnunga.contracts.uppdrag.BeslutOmprovat;
import se.barnunga.contracts.uppdrag.FamiljenInformeradInforAvslut;
import se.barnunga.contracts.uppdrag.RiskbedomningGjord;
import se.barnunga.contracts.uppdrag.GenomforandeplanReviderad;
import se.barnunga.contracts.uppdrag.GenomforandeplanUpprattad;
import se.barnunga.contracts.uppdrag.InsatsAvslutad;
import se.barnunga.contracts.uppdrag.InsatsBeviljad;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.PlaneringsmoteGenomfort;
import se.barnunga.contracts.uppdrag.RedogorelseLamnad;
import se.barnunga.contracts.uppdrag.SamtyckeAterkallat;
import se.barnunga.contracts.uppdrag.UppdragAvslutat;
import se.barnunga.contracts.uppdrag.UppdragMottaget;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.contracts.uppdrag.VerkstallighetAterupptagen;
import se.barnunga.contracts.uppdrag.VerkstallighetAvbruten;
import se.barnunga.contracts.uppdrag.VerkstallighetHindrad;
import se.barnunga.platform.publishing.ContractEventMapper;
import se.barnunga.platform.publishing.ContractMappings;

/**
 * Which of the assignment-service's events are public, and how (docs/architecture.md, "Privacy"): the child becomes a
 * pseudonym with sex and birth year; names, personnummer, contact details and every free text (reasons, views,
 * summaries) stay here.
 */
@ApplicationScoped
public class UppdragKontraktsmappning implements ContractEventMapper {

    /**
     * The public domain events, each with its contract event; every other event is internal and the publisher passes it
     * by unread ({@link #mayPublish} is this table's key set).
     */
    private final ContractMappings mappings = ContractMappings.builder()
            .map(Handelser.InsatsBeviljad.class, e -> new InsatsBeviljad(e.uppdragId(), e.typ().name(), barn(e.barn()),
                    e.insatstyp(), e.beslutsdatum(), e.lagrum().name(), from(e.period()), tom(e.period()), mal(e.mal()),
                    e.myndighetsenhet(), e.socialsekreterare(), e.utforarenhet(), e.registrerat()))
            .map(Handelser.SamtyckeAterkallat.class, e -> new SamtyckeAterkallat(e.uppdragId(), barn(e.barn()),
                    e.aterkallatAv().name(), e.datum(), e.lagrum().name(), e.myndighetsenhet(), e.socialsekreterare(),
                    e.registrerat()))
            .map(Handelser.BeslutOmprovat.class, e -> new BeslutOmprovat(e.uppdragId(), barn(e.barn()), e.lagrum().name(),
                    e.grund().name(), e.beslutsdatum(), e.myndighetsenhet(), e.socialsekreterare(), e.registrerat()))
            .map(Handelser.UppdragSkickat.class, e -> {
                // the SIP items of an intervention (seed 004 A.2.2); none for an investigation assignment, as the contract says
                boolean insats = e.typ() != Uppdragstyp.UTREDNINGSUPPDRAG;
                return new UppdragSkickat(e.uppdragId(), e.typ().name(), barn(e.barn()), e.utforarenhet(),
                        e.myndighetsenhet(), e.socialsekreterare(), e.skickat(), e.insatstyp(), e.beslutsdatum(), mal(e.mal()),
                        e.utredning() == null ? null : e.utredning().planeratSlut(),
                        insats ? e.innehall().sipBehov() : null, insats ? e.innehall().sipFinns() : null);
            })
            .map(Handelser.UppdragMottaget.class, e -> new UppdragMottaget(e.uppdragId(), e.utforarenhet(), e.mottagetAv(),
                    e.mottaget()))
            .map(Handelser.AnsvarigUtforareUtsedd.class, e -> new AnsvarigUtforareUtsedd(e.uppdragId(), e.utforarenhet(),
                    e.ansvarigUtforare(), e.utseddAv(), e.utsedd()))
            .map(Handelser.VerkstallighetHindrad.class, e -> new VerkstallighetHindrad(e.uppdragId(), e.utforarenhet(),
                    e.hinder().name(), e.rapporteradAv(), e.rapporterad()))
            .map(Handelser.PlaneringsmoteGenomfort.class, e -> new PlaneringsmoteGenomfort(e.uppdragId(), e.datum(),
                    e.planeratStartdatum(), e.forstaUppfoljningsmote(), e.barnetDeltog(), e.ansvarigUtforare(),
                    e.socialsekreterare(), e.registrerat()))
            .map(Handelser.InsatsVerkstalld.class, e -> new InsatsVerkstalld(e.uppdragId(), e.typ().name(), barn(e.barn()),
                    e.insatstyp(), e.beslutsdatum(), e.verkstallighetsdatum(), e.utforarenhet(), e.myndighetsenhet(),
                    e.socialsekreterare(), e.ansvarigUtforare(), e.registrerat()))
            .map(Handelser.VerkstallighetAvbruten.class, e -> new VerkstallighetAvbruten(e.uppdragId(), e.avbrottsdatum(),
                    e.orsak().name(), e.registreradAv(), e.registrerat()))
            .map(Handelser.VerkstallighetAterupptagen.class, e -> new VerkstallighetAterupptagen(e.uppdragId(),
                    e.avbrottsdatum(), e.aterupptagenDatum(), e.registreradAv(), e.registrerat()))
            .map(Handelser.GenomforandeplanUpprattad.class, e -> {
                // "i samråd med brukaren" (seed 004, B.4.1): the child or a guardian took part in drawing up the plan
                boolean familjenDeltog = e.deltagare() != null
                        && (e.deltagare().contains(Deltagare.BARNET) || e.deltagare().contains(Deltagare.VARDNADSHAVARE));
                return new GenomforandeplanUpprattad(e.uppdragId(), e.version(), e.datum(),
                        malIds(e.aktiviteter()), e.ansvarigUtforare(), e.registrerat(), familjenDeltog);
            })
            .map(Handelser.GenomforandeplanReviderad.class, e -> new GenomforandeplanReviderad(e.uppdragId(), e.version(),
                    e.datum(), e.anledning().name(), malIds(e.aktiviteter()), e.ansvarigUtforare(), e.registrerat()))
            .map(Handelser.RedogorelseLamnad.class, e -> new RedogorelseLamnad(e.uppdragId(), e.typ().name(),
                    e.slag().name(), e.datum(), e.utredningensSlutdatum(), e.sen(), e.ansvarigUtforare(), e.registrerat()))
            .map(Handelser.BeslutAterkallat.class, e -> new BeslutAterkallat(e.uppdragId(), e.datum(), e.socialsekreterare(),
                    e.registrerat()))
            .map(Handelser.InsatsAvslutad.class, e -> new InsatsAvslutad(e.uppdragId(), e.datum(), e.skal().name(),
                    e.riskniva() == null ? null : e.riskniva().name(), e.nyUtredning(), e.socialsekreterare(), e.registrerat()))
            // stored before the assessment was public, an event has no child; those were never published and stay so
            .map(Handelser.RiskbedomningGjord.class, e -> e.barn() == null ? null
                    : new RiskbedomningGjord(e.uppdragId(), barn(e.barn()), e.riskniva().name(), e.kvarstaendeBehov(),
                            e.datum(), e.myndighetsenhet(), e.socialsekreterare(), e.registrerat()))
            .map(Handelser.FamiljenInformeradInforAvslut.class, e -> new FamiljenInformeradInforAvslut(e.uppdragId(),
                    e.datum(), e.informerade().stream().filter(m -> m == Mottagare.VARDNADSHAVARE || m == Mottagare.BARNET)
                            .map(Enum::name).sorted().toList(),
                    e.registreradAv(), e.registrerat()))
            .map(Handelser.UppdragAvslutat.class, e -> new UppdragAvslutat(e.uppdragId(), e.utforarenhet(), e.datum(),
                    e.avslutatAv(), e.registrerat()))
            .build();

    @Inject
    Barnpseudonym barnpseudonym;

    @Override
    public ContractMappings mappings() {
        return mappings;
    }

    private se.barnunga.contracts.Barn barn(Barn barn) {
        return new se.barnunga.contracts.Barn(barnpseudonym.av(barn), barn.kon().name(), barn.fodelsear());
    }

    private static List<se.barnunga.contracts.uppdrag.Mal> mal(List<Mal> mal) {
        return mal == null ? List.of() : mal.stream().map(m -> new se.barnunga.contracts.uppdrag.Mal(m.malId(), m.bbicOmrade())).toList();
    }

    private static List<String> malIds(List<se.barnunga.assignment.domain.Varden.Aktivitet> aktiviteter) {
        return aktiviteter.stream().map(se.barnunga.assignment.domain.Varden.Aktivitet::malId).distinct().toList();
    }

    private static java.time.LocalDate from(Period p) {
        return p == null ? null : p.from();
    }

    private static java.time.LocalDate tom(Period p) {
        return p == null ? null : p.tom();
    }
}
