package se.barnunga.concern.application;


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
import se.barnunga.platform.publishing.ContractMappings;

/**
 * Which of the concern-service's events are public, and how (docs/architecture.md, "Privacy"): the child becomes a
 * pseudonym with sex and birth year (or nothing, for a child reported without personnummer); the report's text, the
 * written confirmation, the assessments' grounds, the reasons, the reporter's name and every other free text stay here.
 */
@ApplicationScoped
public class OroKontraktsmappning implements ContractEventMapper {

    /**
     * The public domain events, each with its contract event; every other event is internal and the publisher passes it
     * by unread ({@link #mayPublish} is this table's key set).
     */
    private static final ContractMappings MAPPINGS = ContractMappings.builder()
            .map(Handelser.OroLamnad.class, e -> new OroInlamnad(e.oroId(), e.anmalanId(), barn(e.barn()), e.uppdragId(),
                    e.relation() == null ? null : e.relation().name(), e.akut(), e.form().name(), e.omValdEllerOvergrepp(),
                    e.informering().vardnadshavareInformerade(), e.informering().barnetInformerat(),
                    e.arbetsledareKonsulterad(), e.mottagare().typ().name(), e.mottagare().enhet(),
                    e.mottagare().socialsekreterare(), e.dirigering().name(), e.uppgiftslamnare().roll(),
                    e.uppgiftslamnare().enhet(), e.inkom()))
            .map(Handelser.OroBekraftadSkriftligt.class, e -> new OroBekraftadSkriftligt(e.oroId(), e.bekraftad(),
                    e.inomFrist()))
            .map(Handelser.OroMottagen.class, e -> new OroMottagen(e.oroId(), e.mottagare().typ().name(),
                    e.mottagare().enhet(), e.mottagetAv(), e.mottagen()))
            .map(Handelser.OroVidarebefordrad.class, e -> new OroVidarebefordrad(e.oroId(), e.fran().typ().name(),
                    e.till().typ().name(), e.till().enhet(), e.till().socialsekreterare(), e.orsak().name(),
                    e.vidarebefordrad()))
            .map(Handelser.SkyddsbedomningGjord.class, e -> new SkyddsbedomningGjord(e.oroId(),
                    e.bedomning().omedelbartSkyddsbehov(), e.bedomning().bedomd(), e.sammaDag(), e.registrerad()))
            .map(Handelser.AterkopplingLamnad.class, e -> new AterkopplingLamnad(e.oroId(), e.besked().name(), e.lamnad()))
            .map(Handelser.AterkopplingAvstadd.class, e -> new AterkopplingAvstadd(e.oroId(), e.beslutad()))
            .map(Handelser.ForhandsbedomningAvslutad.class, e -> new ForhandsbedomningAvslutad(e.oroId(), e.beslut().name(),
                    e.avslutad(), e.dagarSedanInkom(), e.inomFrist(), e.barnetKomTillTals(),
                    e.barnetKomTillTals() == null || e.barnetKomTillTals() ? null
                            : e.skalBarnetInteHort() != null && !e.skalBarnetInteHort().isBlank()))
            .map(Handelser.AvvikelseRegistrerad.class, e -> new AvvikelseRegistrerad(e.oroId(), e.avvikelseId(),
                    e.typ().name(), e.enhet(), e.registrerad()))
            .build();

    @Override
    public ContractMappings mappings() {
        return MAPPINGS;
    }

    private static Barn barn(Barnuppgift barn) {
        return barn.pseudonym() == null ? null : new Barn(barn.pseudonym(), barn.kon().name(), barn.fodelsedatum().getYear());
    }
}
