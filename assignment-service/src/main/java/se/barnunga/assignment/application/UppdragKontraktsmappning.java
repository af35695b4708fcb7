package se.barnunga.assignment.application;

import java.util.List;
import java.util.Set;

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

/**
 * Which of the assignment-service's events are public, and how (DESIGN §4): the child becomes a pseudonym with sex and
 * birth year; names, personnummer, contact details and every free text (reasons, views, summaries) stay here.
 */
@ApplicationScoped
public class UppdragKontraktsmappning implements ContractEventMapper {

    /**
     * The domain events that {@link #toContractEvents} may map (each has a branch there); every other event is internal
     * and the publisher passes it by unread. {@code UppdragKontraktsmappningTest} checks that an event of any other
     * class of {@link Handelser} maps to nothing, so a new branch without its class here fails that test.
     */
    static final Set<Class<?>> PUBLIC = Set.of(
            Handelser.AnsvarigUtforareUtsedd.class,
            Handelser.BeslutAterkallat.class,
            Handelser.BeslutOmprovat.class,
            Handelser.FamiljenInformeradInforAvslut.class,
            Handelser.GenomforandeplanReviderad.class,
            Handelser.GenomforandeplanUpprattad.class,
            Handelser.InsatsAvslutad.class,
            Handelser.InsatsBeviljad.class,
            Handelser.InsatsVerkstalld.class,
            Handelser.PlaneringsmoteGenomfort.class,
            Handelser.RedogorelseLamnad.class,
            Handelser.RiskbedomningGjord.class,
            Handelser.SamtyckeAterkallat.class,
            Handelser.UppdragAvslutat.class,
            Handelser.UppdragMottaget.class,
            Handelser.UppdragSkickat.class,
            Handelser.VerkstallighetAterupptagen.class,
            Handelser.VerkstallighetAvbruten.class,
            Handelser.VerkstallighetHindrad.class);

    @Inject
    Barnpseudonym barnpseudonym;

    @Override
    public boolean mayPublish(Class<?> domainEventClass) {
        return PUBLIC.contains(domainEventClass);
    }

    @Override
    public List<Record> toContractEvents(Object event) {
        Record contract = null;
        if (event instanceof Handelser.InsatsBeviljad e) {
            contract = new InsatsBeviljad(e.uppdragId(), e.typ().name(), barn(e.barn()), e.insatstyp(),
                    e.beslutsdatum(), e.lagrum().name(), from(e.period()), tom(e.period()), mal(e.mal()), e.myndighetsenhet(),
                    e.socialsekreterare(), e.utforarenhet(), e.registrerat());
        } else if (event instanceof Handelser.SamtyckeAterkallat e) {
            contract = new SamtyckeAterkallat(e.uppdragId(), barn(e.barn()), e.aterkallatAv().name(), e.datum(),
                    e.lagrum().name(), e.myndighetsenhet(), e.socialsekreterare(), e.registrerat());
        } else if (event instanceof Handelser.BeslutOmprovat e) {
            contract = new BeslutOmprovat(e.uppdragId(), barn(e.barn()), e.lagrum().name(), e.grund().name(),
                    e.beslutsdatum(), e.myndighetsenhet(), e.socialsekreterare(), e.registrerat());
        } else if (event instanceof Handelser.UppdragSkickat e) {
            // the SIP items of an intervention (seed 004 A.2.2); none for an investigation assignment, as the contract says
            boolean insats = e.typ() != Uppdragstyp.UTREDNINGSUPPDRAG;
            contract = new UppdragSkickat(e.uppdragId(), e.typ().name(), barn(e.barn()), e.utforarenhet(),
                    e.myndighetsenhet(), e.socialsekreterare(), e.skickat(), e.insatstyp(), e.beslutsdatum(), mal(e.mal()),
                    e.utredning() == null ? null : e.utredning().planeratSlut(),
                    insats ? e.innehall().sipBehov() : null, insats ? e.innehall().sipFinns() : null);
        } else if (event instanceof Handelser.UppdragMottaget e) {
            contract = new UppdragMottaget(e.uppdragId(), e.utforarenhet(), e.mottagetAv(), e.mottaget());
        } else if (event instanceof Handelser.AnsvarigUtforareUtsedd e) {
            contract = new AnsvarigUtforareUtsedd(e.uppdragId(), e.utforarenhet(),
                    e.ansvarigUtforare(), e.utseddAv(), e.utsedd());
        } else if (event instanceof Handelser.VerkstallighetHindrad e) {
            contract = new VerkstallighetHindrad(e.uppdragId(), e.utforarenhet(), e.hinder().name(),
                    e.rapporteradAv(), e.rapporterad());
        } else if (event instanceof Handelser.PlaneringsmoteGenomfort e) {
            contract = new PlaneringsmoteGenomfort(e.uppdragId(), e.datum(),
                    e.planeratStartdatum(), e.forstaUppfoljningsmote(), e.barnetDeltog(), e.ansvarigUtforare(),
                    e.socialsekreterare(), e.registrerat());
        } else if (event instanceof Handelser.InsatsVerkstalld e) {
            contract = new InsatsVerkstalld(e.uppdragId(), e.typ().name(), barn(e.barn()), e.insatstyp(),
                    e.beslutsdatum(), e.verkstallighetsdatum(), e.utforarenhet(), e.myndighetsenhet(), e.socialsekreterare(),
                    e.ansvarigUtforare(), e.registrerat());
        } else if (event instanceof Handelser.VerkstallighetAvbruten e) {
            contract = new VerkstallighetAvbruten(e.uppdragId(), e.avbrottsdatum(),
                    e.orsak().name(), e.registreradAv(), e.registrerat());
        } else if (event instanceof Handelser.VerkstallighetAterupptagen e) {
            contract = new VerkstallighetAterupptagen(e.uppdragId(), e.avbrottsdatum(),
                    e.aterupptagenDatum(), e.registreradAv(), e.registrerat());
        } else if (event instanceof Handelser.GenomforandeplanUpprattad e) {
            // "i samråd med brukaren" (seed 004, B.4.1): the child or a guardian took part in drawing up the plan
            boolean familjenDeltog = e.deltagare() != null
                    && (e.deltagare().contains(Deltagare.BARNET) || e.deltagare().contains(Deltagare.VARDNADSHAVARE));
            contract = new GenomforandeplanUpprattad(e.uppdragId(), e.version(), e.datum(),
                    malIds(e.aktiviteter()), e.ansvarigUtforare(), e.registrerat(), familjenDeltog);
        } else if (event instanceof Handelser.GenomforandeplanReviderad e) {
            contract = new GenomforandeplanReviderad(e.uppdragId(), e.version(), e.datum(),
                    e.anledning().name(), malIds(e.aktiviteter()), e.ansvarigUtforare(), e.registrerat());
        } else if (event instanceof Handelser.RedogorelseLamnad e) {
            contract = new RedogorelseLamnad(e.uppdragId(), e.typ().name(), e.slag().name(), e.datum(),
                    e.utredningensSlutdatum(), e.sen(), e.ansvarigUtforare(), e.registrerat());
        } else if (event instanceof Handelser.BeslutAterkallat e) {
            contract = new BeslutAterkallat(e.uppdragId(), e.datum(), e.socialsekreterare(), e.registrerat());
        } else if (event instanceof Handelser.InsatsAvslutad e) {
            contract = new InsatsAvslutad(e.uppdragId(), e.datum(), e.skal().name(),
                    e.riskniva() == null ? null : e.riskniva().name(), e.nyUtredning(), e.socialsekreterare(), e.registrerat());
        } else if (event instanceof Handelser.RiskbedomningGjord e && e.barn() != null) {
            // stored before the assessment was public, an event has no child; those were never published and stay so
            contract = new RiskbedomningGjord(e.uppdragId(), barn(e.barn()), e.riskniva().name(),
                    e.kvarstaendeBehov(), e.datum(), e.myndighetsenhet(), e.socialsekreterare(), e.registrerat());
        } else if (event instanceof Handelser.FamiljenInformeradInforAvslut e) {
            contract = new FamiljenInformeradInforAvslut(e.uppdragId(), e.datum(), e.informerade().stream()
                    .filter(m -> m == Mottagare.VARDNADSHAVARE || m == Mottagare.BARNET).map(Enum::name).sorted().toList(),
                    e.registreradAv(), e.registrerat());
        } else if (event instanceof Handelser.UppdragAvslutat e) {
            contract = new UppdragAvslutat(e.uppdragId(), e.utforarenhet(), e.datum(), e.avslutatAv(),
                    e.registrerat());
        }
        return contract == null ? List.of() : List.of(contract);
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
