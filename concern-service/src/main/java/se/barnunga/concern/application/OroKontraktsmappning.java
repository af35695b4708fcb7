package se.barnunga.concern.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.barnunga.concern.domain.Handelser;
import se.barnunga.concern.domain.Varden.Barnuppgift;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.oro.AterkopplingAvstadd;
import se.barnunga.contracts.oro.AterkopplingLamnad;
import se.barnunga.contracts.oro.AvvikelseRegistrerad;
import se.barnunga.contracts.oro.ForhandsbedomningAvslutad;
import se.barnunga.contracts.oro.OroBekraftadSkriftligt;
import se.barnunga.contracts.oro.OroInlamnad;
import se.barnunga.contracts.oro.OroMottagen;
import se.barnunga.contracts.oro.OroVidarebefordrad;
import se.barnunga.contracts.oro.SkyddsbedomningGjord;
import se.barnunga.platform.publishing.ContractEventMapper;

/**
 * Which of the concern-service's events are public, and how (DESIGN §4): the child becomes a pseudonym with sex and
 * birth year (or nothing, for a child reported without personnummer); the report's text, the written confirmation,
 * the assessments' grounds, the reasons, the reporter's name and every other free text stay here.
 */
@ApplicationScoped
public class OroKontraktsmappning implements ContractEventMapper {

    @Override
    public List<Record> toContractEvents(Object event) {
        Record contract = null;
        if (event instanceof Handelser.OroLamnad e) {
            contract = new OroInlamnad(e.oroId(), e.anmalanId(), barn(e.barn()), e.uppdragId(),
                    e.relation() == null ? null : e.relation().name(), e.akut(), e.form().name(), e.omValdEllerOvergrepp(),
                    e.informering().vardnadshavareInformerade(), e.informering().barnetInformerat(),
                    e.arbetsledareKonsulterad(), e.mottagare().typ().name(), e.mottagare().enhet(),
                    e.mottagare().socialsekreterare(), e.dirigering().name(), e.uppgiftslamnare().roll(),
                    e.uppgiftslamnare().enhet(), e.inkom());
        } else if (event instanceof Handelser.OroBekraftadSkriftligt e) {
            contract = new OroBekraftadSkriftligt(e.oroId(), e.bekraftad(), e.inomFrist());
        } else if (event instanceof Handelser.OroMottagen e) {
            contract = new OroMottagen(e.oroId(), e.mottagare().typ().name(), e.mottagare().enhet(), e.mottagetAv(), e.mottagen());
        } else if (event instanceof Handelser.OroVidarebefordrad e) {
            contract = new OroVidarebefordrad(e.oroId(), e.fran().typ().name(), e.till().typ().name(), e.till().enhet(),
                    e.till().socialsekreterare(), e.orsak().name(), e.vidarebefordrad());
        } else if (event instanceof Handelser.SkyddsbedomningGjord e) {
            contract = new SkyddsbedomningGjord(e.oroId(), e.bedomning().omedelbartSkyddsbehov(), e.bedomning().bedomd(),
                    e.sammaDag(), e.registrerad());
        } else if (event instanceof Handelser.AterkopplingLamnad e) {
            contract = new AterkopplingLamnad(e.oroId(), e.besked().name(), e.lamnad());
        } else if (event instanceof Handelser.AterkopplingAvstadd e) {
            contract = new AterkopplingAvstadd(e.oroId(), e.beslutad());
        } else if (event instanceof Handelser.ForhandsbedomningAvslutad e) {
            contract = new ForhandsbedomningAvslutad(e.oroId(), e.beslut().name(), e.avslutad(), e.dagarSedanInkom(), e.inomFrist(),
                    e.barnetKomTillTals(), e.barnetKomTillTals() == null || e.barnetKomTillTals() ? null
                    : e.skalBarnetInteHort() != null && !e.skalBarnetInteHort().isBlank());
        } else if (event instanceof Handelser.AvvikelseRegistrerad e) {
            contract = new AvvikelseRegistrerad(e.oroId(), e.avvikelseId(), e.typ().name(), e.enhet(), e.registrerad());
        }
        return contract == null ? List.of() : List.of(contract);
    }

    private static Barn barn(Barnuppgift barn) {
        return barn.pseudonym() == null ? null : new Barn(barn.pseudonym(), barn.kon().name(), barn.fodelsedatum().getYear());
    }
}
