package se.barnunga.deadline.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.bevakning.BevakningAvbruten;
import se.barnunga.contracts.bevakning.BevakningPaminnelse;
import se.barnunga.contracts.bevakning.BevakningPasserad;
import se.barnunga.contracts.bevakning.BevakningPasseradAterkallad;
import se.barnunga.contracts.bevakning.BevakningStartad;
import se.barnunga.contracts.bevakning.BevakningUppfylld;
import se.barnunga.contracts.bevakning.IvoRapporteringAterkallad;
import se.barnunga.contracts.bevakning.IvoRapporteringKravs;
import se.barnunga.deadline.domain.Arendeinfo;
import se.barnunga.deadline.domain.Handelser;
import se.barnunga.deadline.domain.Regelkatalog;
import se.barnunga.platform.publishing.ContractEventMapper;

/**
 * Which of the deadline-service's events are public, and how (DESIGN §4): the eight watch events on
 * {@code barnunga.bevakning.v1}, with the child as pseudonym, sex and birth year, units and the secretary's staff id.
 * The facts, the case state and acknowledgements (with their comments) stay in the service.
 */
@ApplicationScoped
public class BevakningKontraktsmappning implements ContractEventMapper {

    @Override
    public List<Record> toContractEvents(Object event) {
        Record contract = null;
        if (event instanceof Handelser.BevakningStartad e) {
            Arendeinfo a = e.arende();
            contract = new BevakningStartad(e.bevakningId(), e.regelId(), e.regelversion(), e.kalla(), e.arendetyp().name(),
                    e.arendeId(), barn(a), a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.startdatum(),
                    e.forfallodatum(), e.forfaller(), e.paminnelse(), e.andrad(), e.tidpunkt());
        } else if (event instanceof Handelser.BevakningPaminnelse e) {
            Arendeinfo a = e.arende();
            contract = new BevakningPaminnelse(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                    a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.forfallodatum(), e.forfaller(), e.tidpunkt());
        } else if (event instanceof Handelser.BevakningPasserad e) {
            Arendeinfo a = e.arende();
            contract = new BevakningPasserad(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                    a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.forfallodatum(), e.forfaller(), e.tidpunkt());
        } else if (event instanceof Handelser.BevakningUppfylld e) {
            Arendeinfo a = e.arende();
            contract = new BevakningUppfylld(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                    a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.forfallodatum(), e.uppfylldDatum(),
                    e.inomFrist(), e.tidpunkt());
        } else if (event instanceof Handelser.BevakningAvbruten e) {
            Arendeinfo a = e.arende();
            contract = new BevakningAvbruten(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                    a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.orsak(), e.avbrutenDatum(), e.tidpunkt());
        } else if (event instanceof Handelser.IvoRapporteringKravs e) {
            Arendeinfo a = e.arende();
            boolean avbrott = e.regelId().equals(Regelkatalog.IVO_AVBROTT);
            contract = new IvoRapporteringKravs(e.bevakningId(), e.regelId(), e.arendeId(), avbrott ? "AVBROTT" : "EJ_VERKSTALLT",
                    barn(a), a.insatstyp(), a.lagrum(), a.myndighetsenhet(), a.beslutsdatum(),
                    avbrott ? java.time.LocalDate.parse(e.forekomst()) : null, e.forfallodatum(), e.kvartal(), e.forstaGangen(),
                    e.tidpunkt(), e.forstaKvartal());
        } else if (event instanceof Handelser.BevakningPasseradAterkallad e) {
            Arendeinfo a = e.arende();
            contract = new BevakningPasseradAterkallad(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                    a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.forfallodatum(), e.orsak(), e.datum(),
                    e.tidpunkt());
        } else if (event instanceof Handelser.IvoRapporteringAterkallad e) {
            boolean avbrott = e.regelId().equals(Regelkatalog.IVO_AVBROTT);
            contract = new IvoRapporteringAterkallad(e.bevakningId(), e.regelId(), e.arendeId(), avbrott ? "AVBROTT" : "EJ_VERKSTALLT",
                    e.arende().myndighetsenhet(), avbrott ? java.time.LocalDate.parse(e.forekomst()) : null, e.forfallodatum(),
                    e.forstaKvartal(), e.senasteKvartal(), e.orsak(), e.tidpunkt());
        }
        return contract == null ? List.of() : List.of(contract);
    }

    private static Barn barn(Arendeinfo a) {
        return a.barnPseudonym() == null || a.barnKon() == null || a.barnFodelsear() == null ? null
                : new Barn(a.barnPseudonym(), a.barnKon(), a.barnFodelsear());
    }
}
