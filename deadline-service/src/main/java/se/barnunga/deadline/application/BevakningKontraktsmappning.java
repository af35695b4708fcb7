package se.barnunga.deadline.application;


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
import se.barnunga.platform.publishing.ContractMappings;

/**
 * Which of the deadline-service's events are public, and how (docs/architecture.md, "Privacy"): the eight watch events
 * on {@code barnunga.bevakning.v1}, with the child as pseudonym, sex and birth year, units and the secretary's staff
 * id. The facts, the case state and acknowledgements (with their comments) stay in the service.
 */
@ApplicationScoped
public class BevakningKontraktsmappning implements ContractEventMapper {

    /**
     * The public domain events, each with its contract event; every other event is internal and the publisher passes it
     * by unread ({@link #mayPublish} is this table's key set).
     */
    private static final ContractMappings MAPPINGS = ContractMappings.builder()
            .map(Handelser.BevakningStartad.class, e -> {
                Arendeinfo a = e.arende();
                return new BevakningStartad(e.bevakningId(), e.regelId(), e.regelversion(), e.kalla(), e.arendetyp().name(),
                        e.arendeId(), barn(a), a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.startdatum(),
                        e.forfallodatum(), e.forfaller(), e.paminnelse(), e.andrad(), e.tidpunkt());
            })
            .map(Handelser.BevakningPaminnelse.class, e -> {
                Arendeinfo a = e.arende();
                return new BevakningPaminnelse(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                        a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.forfallodatum(), e.forfaller(),
                        e.tidpunkt());
            })
            .map(Handelser.BevakningPasserad.class, e -> {
                Arendeinfo a = e.arende();
                return new BevakningPasserad(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                        a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.forfallodatum(), e.forfaller(),
                        e.tidpunkt());
            })
            .map(Handelser.BevakningUppfylld.class, e -> {
                Arendeinfo a = e.arende();
                return new BevakningUppfylld(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                        a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.forfallodatum(), e.uppfylldDatum(),
                        e.inomFrist(), e.tidpunkt());
            })
            .map(Handelser.BevakningAvbruten.class, e -> {
                Arendeinfo a = e.arende();
                return new BevakningAvbruten(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                        a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.orsak(), e.avbrutenDatum(),
                        e.tidpunkt());
            })
            .map(Handelser.IvoRapporteringKravs.class, e -> {
                Arendeinfo a = e.arende();
                boolean avbrott = e.regelId().equals(Regelkatalog.IVO_AVBROTT);
                return new IvoRapporteringKravs(e.bevakningId(), e.regelId(), e.arendeId(),
                        avbrott ? "AVBROTT" : "EJ_VERKSTALLT", barn(a), a.insatstyp(), a.lagrum(), a.myndighetsenhet(),
                        a.beslutsdatum(), avbrott ? java.time.LocalDate.parse(e.forekomst()) : null, e.forfallodatum(),
                        e.kvartal(), e.forstaGangen(), e.tidpunkt(), e.forstaKvartal());
            })
            .map(Handelser.BevakningPasseradAterkallad.class, e -> {
                Arendeinfo a = e.arende();
                return new BevakningPasseradAterkallad(e.bevakningId(), e.regelId(), e.arendetyp().name(), e.arendeId(),
                        a.myndighetsenhet(), a.utforarenhet(), a.socialsekreterare(), e.forfallodatum(), e.orsak(), e.datum(),
                        e.tidpunkt());
            })
            .map(Handelser.IvoRapporteringAterkallad.class, e -> {
                boolean avbrott = e.regelId().equals(Regelkatalog.IVO_AVBROTT);
                return new IvoRapporteringAterkallad(e.bevakningId(), e.regelId(), e.arendeId(),
                        avbrott ? "AVBROTT" : "EJ_VERKSTALLT", e.arende().myndighetsenhet(),
                        avbrott ? java.time.LocalDate.parse(e.forekomst()) : null, e.forfallodatum(), e.forstaKvartal(),
                        e.senasteKvartal(), e.orsak(), e.tidpunkt());
            })
            .build();

    @Override
    public ContractMappings mappings() {
        return MAPPINGS;
    }

    private static Barn barn(Arendeinfo a) {
        return a.barnPseudonym() == null || a.barnKon() == null || a.barnFodelsear() == null ? null
                : new Barn(a.barnPseudonym(), a.barnKon(), a.barnFodelsear());
    }
}
