package se.barnunga.followup.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.uppfoljning.AvslutningsmoteGenomfort;
import se.barnunga.contracts.uppfoljning.Malbedomning;
import se.barnunga.contracts.uppfoljning.UppfoljningGenomford;
import se.barnunga.contracts.uppfoljning.UppfoljningsmoteBokat;
import se.barnunga.contracts.uppfoljning.UppfoljningsmotePakallat;
import se.barnunga.contracts.uppfoljning.UtforarsammanfattningLamnad;
import se.barnunga.contracts.uppfoljning.UtredningInledd;
import se.barnunga.followup.domain.Handelser;
import se.barnunga.followup.domain.Varden;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.platform.publishing.ContractEventMapper;
import se.barnunga.platform.publishing.ContractMappings;

/**
 * Which of the followup-service's events are public, and how (docs/architecture.md, "Privacy"): the child stays the
 * assignment-service's pseudonym with sex and birth year; the reasons, the place, the child's and the family's view,
 * what changed, the adaptations, the assessment of new needs, the goals for the coming period, the instruments used,
 * the performer's descriptions and the family's complaints and views (with the measures taken) stay here. The facts
 * learned from the assignment-service are not re-published.
 */
@ApplicationScoped
public class UppfoljningKontraktsmappning implements ContractEventMapper {

    /**
     * The public domain events, each with its contract event; every other event is internal and the publisher passes it
     * by unread ({@link #mayPublish} is this table's key set).
     */
    private static final ContractMappings MAPPINGS = ContractMappings.builder()
            .map(Handelser.UppfoljningsmotePakallat.class, e -> new UppfoljningsmotePakallat(e.uppdragId(), e.roll(),
                    e.pakallatAv(), e.myndighetsenhet(), e.utforarenhet(), e.pakallat()))
            .map(Handelser.UppfoljningsmoteBokat.class, e -> new UppfoljningsmoteBokat(e.uppdragId(), e.moteId(),
                    e.slag().name(), e.extra(), e.datum(), e.referensdatum(), e.dagarFranReferens(), e.inomFonster(),
                    e.skalUtanforFonster() != null, e.ombokning(), e.kalla().name(), e.socialsekreterare(),
                    e.myndighetsenhet(), e.utforarenhet(), e.bokat()))
            .map(Handelser.UtforarsammanfattningLamnad.class, e -> new UtforarsammanfattningLamnad(e.uppdragId(),
                    e.moteId(), e.slag().name(), e.tillfallenGenomforda(), e.tillfallenPlanerade(),
                    e.barnetsDelaktighet().name(), e.vardnadshavarnasDelaktighet().name(),
                    e.malarbete().stream().map(Malarbete::malId).toList(), e.ansvarigUtforare(), e.lamnad()))
            .map(Handelser.UppfoljningGenomford.class, e -> new UppfoljningGenomford(e.uppdragId(), e.moteId(), e.nummer(),
                    e.extra(), e.datum(), barn(e.barn()), e.insatstyp(), e.myndighetsenhet(), e.utforarenhet(),
                    e.barnetDeltog(), bedomningar(e.bedomningar()), e.utfall().name(),
                    e.utredningsgrund() == null ? null : e.utredningsgrund().name(), e.genomforandeplanenRevideras(),
                    e.sammanfattningFanns(), e.nastaMotesdatum(), e.registrerat()))
            .map(Handelser.UtredningInledd.class, e -> new UtredningInledd(e.uppdragId(), e.moteId(), e.inledd(),
                    barn(e.barn()), e.myndighetsenhet(), e.socialsekreterare(), e.registrerat()))
            .map(Handelser.AvslutningsmoteGenomfort.class, e -> new AvslutningsmoteGenomfort(e.uppdragId(), e.moteId(),
                    e.datum(), barn(e.barn()), e.insatstyp(), e.myndighetsenhet(), e.utforarenhet(), e.barnetDeltog(),
                    bedomningar(e.bedomningar()), e.riskbedomning().name(), e.slutsammanfattningPresenterad(),
                    e.registrerat()))
            .build();

    @Override
    public ContractMappings mappings() {
        return MAPPINGS;
    }

    private static Barn barn(Varden.Barn barn) {
        return barn == null ? null : new Barn(barn.pseudonym(), barn.kon(), barn.fodelsear());
    }

    private static List<Malbedomning> bedomningar(List<Varden.Malbedomning> bedomningar) {
        return bedomningar.stream().map(b -> new Malbedomning(b.malId(), b.bbicOmrade(), b.skala().name())).toList();
    }
}
