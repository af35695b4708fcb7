package se.barnunga.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import se.barnunga.deadline.domain.Handelser.ArendelageAndrat;
import se.barnunga.deadline.domain.Handelser.BevakningAvbruten;
import se.barnunga.deadline.domain.Handelser.BevakningHandelse;
import se.barnunga.deadline.domain.Handelser.BevakningPaminnelse;
import se.barnunga.deadline.domain.Handelser.BevakningPasserad;
import se.barnunga.deadline.domain.Handelser.BevakningPasseradAterkallad;
import se.barnunga.deadline.domain.Handelser.BevakningStartad;
import se.barnunga.deadline.domain.Handelser.BevakningUppfylld;
import se.barnunga.deadline.domain.Handelser.FaktumRegistrerat;
import se.barnunga.deadline.domain.Handelser.IvoRapporteringAterkallad;
import se.barnunga.deadline.domain.Handelser.IvoRapporteringKravs;
import se.barnunga.deadline.domain.Handelser.LarmKvitterat;
import se.barnunga.deadline.domain.Kommandon.KontrolleraBevakningar;
import se.barnunga.deadline.domain.Kommandon.KvitteraLarm;
import se.barnunga.deadline.domain.Kommandon.RegistreraFaktum;
import se.barnunga.deadline.domain.Regelmotor.Bevakningslage;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.domain.PerformedBy;
import se.barnunga.platform.time.Arbetskalender;
import se.barnunga.platform.time.ClockProducer;

/**
 * The watches (bevakningar) of one case – an assignment or intervention, or a report of concern – keyed by the case's
 * id. It records each fact once (by its event id) and converges its watches on what the rule catalogue says about
 * the set of facts ({@link Regelmotor}), publishing only the difference: started, met, cancelled. Time comes in with
 * each command ({@code nu}, from the injected clock): a watch whose due time has passed is passed at once, also when
 * its start event arrives late (a backdated decision), and {@link KontrolleraBevakningar} raises what became due while
 * nothing happened. Every alert is an event here, so each is raised once, across restarts and instances (a second
 * instance's command finds it done, or loses the optimistic lock on the aggregate and retries).
 */
@AggregateRoot
public class Bevakningsarende {

    private static final Arbetskalender KALENDER = Arbetskalender.sverige();
    private static volatile Regelmotor motor;

    /** The rule engine over the catalogue in force ({@link Regelkatalog#regler()}). */
    static Regelmotor motor() {
        List<Regel> regler = Regelkatalog.regler();
        Regelmotor m = motor;
        if (m == null || m.regler() != regler) {
            m = new Regelmotor(regler, KALENDER, ClockProducer.ZONE);
            motor = m;
        }
        return m;
    }

    /** The roles that handle watches of their own unit's cases. */
    private static final List<Roll> ENHETENS_ROLLER = List.of(Roll.SOCIALSEKRETERARE, Roll.ENHETSCHEF, Roll.MOTTAGNING,
            Roll.SOCIALJOUR, Roll.METODHANDLEDARE, Roll.UTFORARE);

    @AggregateIdentifier
    private String arendeId;
    private Arendetyp arendetyp;
    private Map<String, Faktum> fakta = new LinkedHashMap<>();
    private Arendelage lage;
    private Map<String, Bevakning> bevakningar = new LinkedHashMap<>();

    /** One watch's state; {@code utgang} is the id of the fact that met or cancelled it (null while open). */
    record Bevakning(String regelId, int version, boolean ivo, String forekomst, LocalDate forfallodatum, Instant forfaller,
                     Instant paminnelse, boolean oppen, boolean paminnelseSkickad, boolean passerad, String ivoKvartal,
                     int larm, int kvitterade, String utgang) {

        /** A reminder was raised. */
        Bevakning efterPaminnelse() {
            return lage(oppen, true, passerad, ivoKvartal, larm + 1, kvitterade, utgang);
        }

        /** The due time passed. */
        Bevakning efterPassering() {
            return lage(oppen, paminnelseSkickad, true, ivoKvartal, larm + 1, kvitterade, utgang);
        }

        /** An IVO report was required for the quarter. */
        Bevakning ivoKravd(String kvartal) {
            return lage(oppen, paminnelseSkickad, passerad, kvartal, larm + 1, kvitterade, utgang);
        }

        /** The passing withdrawn: not passed, no IVO quarter, nothing left to acknowledge. */
        Bevakning aterkallad() {
            return lage(oppen, paminnelseSkickad, false, null, larm, larm, utgang);
        }

        /** Every alert so far acknowledged. */
        Bevakning kvitterad() {
            return lage(oppen, paminnelseSkickad, passerad, ivoKvartal, larm, larm, utgang);
        }

        /** Met or cancelled by the fact {@code handelseId}. */
        Bevakning stangd(String handelseId) {
            return lage(false, paminnelseSkickad, passerad, ivoKvartal, larm, kvitterade, handelseId);
        }

        private Bevakning lage(boolean oppen, boolean paminnelseSkickad, boolean passerad, String ivoKvartal, int larm,
                               int kvitterade, String utgang) {
            return new Bevakning(regelId, version, ivo, forekomst, forfallodatum, forfaller, paminnelse, oppen,
                    paminnelseSkickad, passerad, ivoKvartal, larm, kvitterade, utgang);
        }
    }

    protected Bevakningsarende() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraFaktum c) {
        if (arendetyp != null && arendetyp != c.arendetyp()) {
            throw new StateConflict("FEL_ARENDETYP", "Ärendet " + c.arendeId() + " är av typen " + arendetyp + ".");
        }
        if (fakta.containsKey(c.faktum().handelseId())) {
            return; // the same fact again: nothing new
        }
        apply(new FaktumRegistrerat(c.arendeId(), c.arendetyp(), c.faktum()));
        Arendelage nytt = Arendelage.av(fakta.values(), ClockProducer.ZONE);
        if (!nytt.equals(lage)) {
            apply(new ArendelageAndrat(arendeId, arendetyp, nytt));
        }
        synka(c.nu());
    }

    @CommandHandler
    public void handle(KontrolleraBevakningar c) {
        synka(c.nu());
    }

    @CommandHandler
    public void handle(KvitteraLarm c) {
        Bevakning b = bevakningar.get(c.bevakningId());
        if (b == null) {
            throw new StateConflict("OKAND_BEVAKNING", "Ärendet har ingen bevakning " + c.bevakningId() + ".");
        }
        Roll roll = behorig(c.actor(), b);
        if (b.larm() == 0) {
            throw new StateConflict("INGET_LARM", "Bevakningen har inte larmat; det finns inget att kvittera.");
        }
        if (b.kvitterade() >= b.larm()) {
            throw new StateConflict("LARM_REDAN_KVITTERAT", "Bevakningens senaste larm är redan kvitterat.");
        }
        String larm = b.passerad() ? (b.ivo() && b.ivoKvartal() != null ? "IvoRapporteringKrävs" : "BevakningPasserad")
                : "BevakningPåminnelse";
        PerformedBy.apply(c.actor(), roll, new LarmKvitterat(arendeId, c.bevakningId(), larm,
                c.kommentar() == null || c.kommentar().isBlank() ? null : c.kommentar().strip(), c.nu()));
    }

    private Roll behorig(Actor actor, Bevakning b) {
        boolean ivoRegel = b.ivo() || b.regelId().equals(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT);
        if (ivoRegel && actor.has(Roll.RAPPORTOR)) {
            return Roll.RAPPORTOR;
        }
        Arendeinfo info = Arendeinfo.av(lage);
        boolean egenEnhet = actor.enhet() != null
                && (actor.enhet().equals(info.myndighetsenhet()) || actor.enhet().equals(info.utforarenhet()));
        for (Roll roll : ENHETENS_ROLLER) {
            if (actor.has(roll) && egenEnhet) {
                return roll;
            }
        }
        throw new NotPermitted("Larmet kvitteras av handläggare eller chef vid ärendets enhet (IVO-bevakningar även av rapportör).");
    }

    /** Converges the watches on what the facts say, then raises what the time says. */
    private void synka(Instant nu) {
        Arendeinfo info = Arendeinfo.av(lage);
        Set<String> onskade = new HashSet<>();
        for (Bevakningslage o : motor().bevakningar(arendetyp, arendeId, fakta.values())) {
            onskade.add(o.bevakningId());
            Bevakning b = bevakningar.get(o.bevakningId());
            boolean flyttad = b != null && (!o.forfallodatum().equals(b.forfallodatum()) || !Objects.equals(o.paminnelse(), b.paminnelse())
                    || o.regel().version() != b.version());
            // a closed watch whose end the facts now tell otherwise (an earlier fact arrived late, e.g. a meeting read
            // after the intervention's end from another topic): re-opened and closed again as the facts say
            boolean annatUtfall = b != null && !b.oppen() && o.utgang() != null
                    && (!o.utgang().handelseId().equals(b.utgang()) || !o.forfallodatum().equals(b.forfallodatum()));
            if (b == null || (b.oppen() && flyttad) || (!b.oppen() && (o.utgang() == null || annatUtfall))) {
                Bevakning fore = b;
                apply(new BevakningStartad(arendeId, arendetyp, o.bevakningId(), o.regel().id(), o.regel().version(),
                        o.regel().kalla(), o.regel().ivo(), o.forekomst(), o.startHandelseId(), o.startdatum(), o.forfallodatum(),
                        o.forfaller(), o.paminnelse(), b != null, info, nu));
                b = bevakningar.get(o.bevakningId());
                if (fore != null && fore.oppen() && fore.passerad() && o.forfaller().isAfter(nu)) {
                    // moved beyond now: the passing (and any IVO requirement) no longer holds
                    aterkalla(o.bevakningId(), fore, "FORFALLODATUM_ANDRAT", o.forfallodatum(), info, nu);
                    b = bevakningar.get(o.bevakningId());
                }
            }
            if (!b.oppen()) {
                continue;
            }
            if (o.utgang() != null) {
                Regelmotor.Utgang u = o.utgang();
                if (b.ivo() && b.ivoKvartal() == null && u.datum().isAfter(b.forfallodatum()) && !b.forfaller().isAfter(nu)) {
                    // learned only now (a backdated decision with its late start or closure): the three months passed
                    // and the case belongs in the reports from the quarter they passed in to the one it ended in
                    Kvartal slut = Kvartal.av(u.datum());
                    Kvartal nuvarande = Kvartal.av(LocalDate.ofInstant(nu, ClockProducer.ZONE));
                    apply(new IvoRapporteringKravs(arendeId, o.bevakningId(), b.regelId(), b.forekomst(), b.forfallodatum(),
                            (slut.compareTo(nuvarande) < 0 ? slut : nuvarande).toString(), true, info, nu,
                            forstaKvartal(b.forfallodatum()).toString()));
                    b = bevakningar.get(o.bevakningId());
                }
                if (u.uppfylld()) {
                    apply(new BevakningUppfylld(arendeId, arendetyp, o.bevakningId(), b.regelId(), b.forfallodatum(), u.datum(),
                            !u.datum().isAfter(b.forfallodatum()), u.handelseId(), info, nu));
                } else {
                    apply(new BevakningAvbruten(arendeId, arendetyp, o.bevakningId(), b.regelId(), u.orsak(), u.datum(),
                            u.handelseId(), info, nu));
                }
                if (b.passerad() && !u.datum().isAfter(b.forfallodatum())) {
                    // a fact dated in time arrived after the alert (a backdated start after a backdated decision)
                    aterkalla(o.bevakningId(), b, u.uppfylld() ? "UPPFYLLD_INOM_FRIST" : "AVBRUTEN_INOM_FRIST", u.datum(),
                            info, nu);
                }
            } else {
                tid(o.bevakningId(), b, info, nu);
            }
        }
        for (Map.Entry<String, Bevakning> e : List.copyOf(bevakningar.entrySet())) {
            if (e.getValue().oppen() && !onskade.contains(e.getKey())) {
                apply(new BevakningAvbruten(arendeId, arendetyp, e.getKey(), e.getValue().regelId(), "REGEL_GALLER_INTE",
                        LocalDate.ofInstant(nu, ClockProducer.ZONE), null, info, nu));
            }
        }
    }

    /** Withdraws a watch's passing alert and the IVO requirement raised with it (see {@link BevakningPasseradAterkallad}). */
    private void aterkalla(String id, Bevakning b, String orsak, LocalDate datum, Arendeinfo info, Instant nu) {
        apply(new BevakningPasseradAterkallad(arendeId, arendetyp, id, b.regelId(), b.forfallodatum(), orsak, datum, info, nu));
        if (b.ivo() && b.ivoKvartal() != null) {
            apply(new IvoRapporteringAterkallad(arendeId, id, b.regelId(), b.forekomst(), b.forfallodatum(),
                    forstaKvartal(b.forfallodatum()).toString(), b.ivoKvartal(), orsak, info, nu));
        }
    }

    /** The first quarter whose IVO report must include a watch due on the date: the quarter it passes in. */
    static Kvartal forstaKvartal(LocalDate forfallodatum) {
        return Kvartal.av(forfallodatum.plusDays(1));
    }

    private void tid(String id, Bevakning b, Arendeinfo info, Instant nu) {
        Kvartal kvartal = Kvartal.av(LocalDate.ofInstant(nu, ClockProducer.ZONE));
        if (!b.passerad() && !b.forfaller().isAfter(nu)) {
            apply(new BevakningPasserad(arendeId, arendetyp, id, b.regelId(), b.forfallodatum(), b.forfaller(), info, nu));
        } else if (!b.passerad() && !b.paminnelseSkickad() && b.paminnelse() != null && !b.paminnelse().isAfter(nu)) {
            apply(new BevakningPaminnelse(arendeId, arendetyp, id, b.regelId(), b.forfallodatum(), b.forfaller(), info, nu));
        }
        Bevakning nu2 = bevakningar.get(id);
        if (nu2.ivo() && nu2.passerad() && (nu2.ivoKvartal() == null || Kvartal.tolka(nu2.ivoKvartal()).orElseThrow().compareTo(kvartal) < 0)) {
            apply(new IvoRapporteringKravs(arendeId, id, b.regelId(), b.forekomst(), b.forfallodatum(), kvartal.toString(),
                    nu2.ivoKvartal() == null, info, nu, forstaKvartal(b.forfallodatum()).toString()));
        }
    }

    /** Applies one of the case's events (the system's: no actor; an acknowledgement is applied with who did it). */
    private static void apply(BevakningHandelse event) {
        AggregateLifecycle.apply(event);
    }

    // ---- state -----------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(FaktumRegistrerat e) {
        arendeId = e.arendeId();
        arendetyp = e.arendetyp();
        fakta.put(e.faktum().handelseId(), e.faktum());
    }

    @EventSourcingHandler
    void on(ArendelageAndrat e) {
        lage = e.lage();
    }

    @EventSourcingHandler
    void on(BevakningStartad e) {
        Bevakning f = bevakningar.get(e.bevakningId());
        boolean passerad = f != null && f.passerad() && !e.forfaller().isAfter(e.tidpunkt());
        boolean paminnelseSkickad = f != null && f.paminnelseSkickad() && e.paminnelse() != null && !e.paminnelse().isAfter(e.tidpunkt());
        bevakningar.put(e.bevakningId(), new Bevakning(e.regelId(), e.regelversion(), e.ivo(), e.forekomst(), e.forfallodatum(),
                e.forfaller(), e.paminnelse(), true, paminnelseSkickad, passerad, f == null ? null : f.ivoKvartal(),
                f == null ? 0 : f.larm(), f == null ? 0 : f.kvitterade(), null));
    }

    @EventSourcingHandler
    void on(BevakningPaminnelse e) {
        bevakningar.computeIfPresent(e.bevakningId(), (id, b) -> b.efterPaminnelse());
    }

    @EventSourcingHandler
    void on(BevakningPasserad e) {
        bevakningar.computeIfPresent(e.bevakningId(), (id, b) -> b.efterPassering());
    }

    @EventSourcingHandler
    void on(IvoRapporteringKravs e) {
        bevakningar.computeIfPresent(e.bevakningId(), (id, b) -> b.ivoKravd(e.kvartal()));
    }

    @EventSourcingHandler
    void on(BevakningUppfylld e) {
        bevakningar.computeIfPresent(e.bevakningId(), (id, b) -> b.stangd(e.handelseId()));
    }

    @EventSourcingHandler
    void on(BevakningAvbruten e) {
        bevakningar.computeIfPresent(e.bevakningId(), (id, b) -> b.stangd(e.handelseId()));
    }

    @EventSourcingHandler
    void on(BevakningPasseradAterkallad e) {
        bevakningar.computeIfPresent(e.bevakningId(), (id, b) -> b.aterkallad());
    }

    @EventSourcingHandler
    void on(LarmKvitterat e) {
        bevakningar.computeIfPresent(e.bevakningId(), (id, b) -> b.kvitterad());
    }
}
