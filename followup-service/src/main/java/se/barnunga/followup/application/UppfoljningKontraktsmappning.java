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

/**
 * Which of the followup-service's events are public, and how (DESIGN §4): the child stays the assignment-service's
 * pseudonym with sex and birth year; the reasons, the place, the child's and the family's view, what changed, the
 * adaptations, the assessment of new needs, the goals for the coming period, the instruments used, the performer's
 * descriptions and the family's complaints and views (with the measures taken) stay here. The facts learned from the assignment-service are not
 * re-published.
 */
@ApplicationScoped
public class UppfoljningKontraktsmappning implements ContractEventMapper {

    @Override
    public List<Record> toContractEvents(Object event) {
        Record contract = null;
        if (event instanceof Handelser.UppfoljningsmotePakallat e) {
            contract = new UppfoljningsmotePakallat(e.uppdragId(), e.roll(), e.pakallatAv(), e.myndighetsenhet(),
                    e.utforarenhet(), e.pakallat());
        } else if (event instanceof Handelser.UppfoljningsmoteBokat e) {
            contract = new UppfoljningsmoteBokat(e.uppdragId(), e.moteId(), e.slag().name(), e.extra(), e.datum(),
                    e.referensdatum(), e.dagarFranReferens(), e.inomFonster(), e.skalUtanforFonster() != null, e.ombokning(),
                    e.kalla().name(), e.socialsekreterare(), e.myndighetsenhet(), e.utforarenhet(), e.bokat());
        } else if (event instanceof Handelser.UtforarsammanfattningLamnad e) {
            contract = new UtforarsammanfattningLamnad(e.uppdragId(), e.moteId(), e.slag().name(), e.tillfallenGenomforda(),
                    e.tillfallenPlanerade(), e.barnetsDelaktighet().name(), e.vardnadshavarnasDelaktighet().name(),
                    e.malarbete().stream().map(Malarbete::malId).toList(), e.ansvarigUtforare(), e.lamnad());
        } else if (event instanceof Handelser.UppfoljningGenomford e) {
            contract = new UppfoljningGenomford(e.uppdragId(), e.moteId(), e.nummer(), e.extra(), e.datum(), barn(e.barn()),
                    e.insatstyp(), e.myndighetsenhet(), e.utforarenhet(), e.barnetDeltog(), bedomningar(e.bedomningar()),
                    e.utfall().name(), e.utredningsgrund() == null ? null : e.utredningsgrund().name(),
                    e.genomforandeplanenRevideras(), e.sammanfattningFanns(), e.nastaMotesdatum(), e.registrerat());
        } else if (event instanceof Handelser.UtredningInledd e) {
            contract = new UtredningInledd(e.uppdragId(), e.moteId(), e.inledd(), barn(e.barn()), e.myndighetsenhet(),
                    e.socialsekreterare(), e.registrerat());
        } else if (event instanceof Handelser.AvslutningsmoteGenomfort e) {
            contract = new AvslutningsmoteGenomfort(e.uppdragId(), e.moteId(), e.datum(), barn(e.barn()), e.insatstyp(),
                    e.myndighetsenhet(), e.utforarenhet(), e.barnetDeltog(), bedomningar(e.bedomningar()),
                    e.riskbedomning().name(), e.slutsammanfattningPresenterad(), e.registrerat());
        }
        return contract == null ? List.of() : List.of(contract);
    }

    private static Barn barn(Varden.Barn barn) {
        return barn == null ? null : new Barn(barn.pseudonym(), barn.kon(), barn.fodelsear());
    }

    private static List<Malbedomning> bedomningar(List<Varden.Malbedomning> bedomningar) {
        return bedomningar.stream().map(b -> new Malbedomning(b.malId(), b.bbicOmrade(), b.skala().name())).toList();
    }
}
