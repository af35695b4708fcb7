package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.Guards.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.serialization.Revision;

import se.barnunga.concern.domain.Handelser.AterkopplingAvstadd;
import se.barnunga.concern.domain.Handelser.AterkopplingLamnad;
import se.barnunga.concern.domain.Handelser.AvvikelseRegistrerad;
import se.barnunga.concern.domain.Handelser.ForhandsbedomningAvslutad;
import se.barnunga.concern.domain.Handelser.OroBekraftadSkriftligt;
import se.barnunga.concern.domain.Handelser.OroHandelse;
import se.barnunga.concern.domain.Handelser.OroLamnad;
import se.barnunga.concern.domain.Handelser.OroMottagen;
import se.barnunga.concern.domain.Handelser.OroVidarebefordrad;
import se.barnunga.concern.domain.Handelser.SkyddsbedomningGjord;
import se.barnunga.concern.domain.Kommandon.AvslutaForhandsbedomning;
import se.barnunga.concern.domain.Kommandon.AvstaFranAterkoppling;
import se.barnunga.concern.domain.Kommandon.BekraftaSkriftligt;
import se.barnunga.concern.domain.Kommandon.GorSkyddsbedomning;
import se.barnunga.concern.domain.Kommandon.KontrolleraFrister;
import se.barnunga.concern.domain.Kommandon.LamnaAterkoppling;
import se.barnunga.concern.domain.Kommandon.LamnaOro;
import se.barnunga.concern.domain.Kommandon.TaEmotOro;
import se.barnunga.concern.domain.Kommandon.VidarebefordraOro;
import se.barnunga.concern.domain.Varden.Familjemedlem;
import se.barnunga.concern.domain.Varden.Frister;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;
import se.barnunga.concern.domain.Varden.Uppgiftslamnare;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.domain.PerformedBy;

/**
 * One concern about one child (oro, 19 kap. 1 § SoL 2025:400), from the report to the closed preliminary assessment.
 *
 * <p>The duty to pass on a concern can never be blocked: submitting is refused for nothing the routine forbids or
 * requires – such breaches become {@link AvvikelseRegistrerad} events. The receiving side's steps (acknowledge,
 * forward, protection assessment, feedback, preliminary assessment) are done by the current recipient, and their rules
 * are enforced ({@link RuleViolation} 422 naming the field, {@link StateConflict} 409 out of order, {@link NotPermitted}
 * 403 not the recipient): the recipient first, then the order of the steps, then the command's content
 * ({@link Bedomningsregler}, a pure function of the command).
 *
 * <p>State is facts only, with no status field: which steps have happened (received, confirmed in writing, assessed
 * for protection, feedback given or decided against, preliminary assessment closed), which deviations are recorded,
 * and who has the concern now. The guards read them through named predicates ({@link #arMottagen()},
 * {@link #arForhandsbedomd()} …).
 */
@AggregateRoot
// revision 2 (issue 16): the state holds whether feedback was given or decided against; snapshots of revision 1 lack it,
// so they are ignored (Axon's RevisionSnapshotFilter) and the concern is rebuilt from its events
@Revision("2")
public class Oro {

    /** 20 kap. 2 § SoL: the preliminary assessment within 14 days. */
    public static final int FORHANDSBEDOMNING_DAGAR = 14;
    /** From 15 the child itself is told before the concern is passed on (younger children by maturity). */
    static final int BARNET_INFORMERAS_FRAN_ALDER = 15;

    /** The roles that may pass on a concern: every staff role of the routine. */
    static final Set<Roll> PERSONAL = EnumSet.of(Roll.SOCIALSEKRETERARE, Roll.METODHANDLEDARE, Roll.UTFORARE,
            Roll.MOTTAGNING, Roll.SOCIALJOUR, Roll.ENHETSCHEF);

    @AggregateIdentifier
    private String oroId;
    private boolean akut;
    private Form form;
    private Instant inkom;
    private Uppgiftslamnare uppgiftslamnare;
    private Mottagare mottagare;
    private final List<Mottagare> tidigareMottagare = new ArrayList<>();
    private boolean mottagen;
    private Instant kvitteraSenast;
    private Frister frister;
    private boolean skriftligtBekraftad;
    private boolean skyddsbedomd;
    private boolean forhandsbedomd;
    private boolean aterkopplingLamnad;
    private boolean aterkopplingAvstadd;
    private final Set<Avvikelsetyp> avvikelser = EnumSet.noneOf(Avvikelsetyp.class);

    protected Oro() {
        // for Axon
    }

    // ---- Lämna oro ---------------------------------------------------------------------------------------------------

    @CommandHandler
    public Oro(LamnaOro c) {
        Actor actor = c.actor();
        Roll roll = PERSONAL.stream().filter(actor::has).findFirst()
                .orElseThrow(() -> new NotPermitted("Att lämna information om oro görs av personal inom Barn och unga"));
        Dirigering dirigering = Dirigering.av(c);
        Uppgiftslamnare lamnare = new Uppgiftslamnare(actor.userId(), roll.claim(), actor.enhet(),
                c.uppgiftslamnare() == null ? null : c.uppgiftslamnare().namn(),
                c.uppgiftslamnare() == null ? null : c.uppgiftslamnare().telefon());
        Informering informering = c.informering() == null ? Informering.vardnadshavarna(false, null, null) : c.informering();
        List<Overgreppstyp> misstankt = c.misstanktOvergrepp() == null ? List.of()
                : c.misstanktOvergrepp().stream().distinct().sorted().toList();
        apply(actor, roll, new OroLamnad(c.oroId(), c.anmalanId(), c.lankadeOroIds() == null ? List.of() : List.copyOf(c.lankadeOroIds()),
                c.barn(), c.uppdragId(), c.uppdragId() == null ? null : c.relation(), c.akut(), c.form(),
                c.omValdEllerOvergrepp(), misstankt, informering, c.arbetsledareKonsulterad(), c.beskrivning(), lamnare, c.inkom(),
                dirigering.till(), dirigering.grund(), c.regler().kvitteraSenast(c.inkom(), c.akut()),
                c.regler().frister(c.inkom(), c.form())));

        if (c.omValdEllerOvergrepp() || !misstankt.isEmpty()) {
            // the body text: "vid misstanke om fysiskt, psykiskt eller sexuellt övergrepp ska inte vårdnadshavare eller
            // annan familjemedlem informeras" – and the checklist's "en förälders eller annan närståendes våld eller annat
            // övergrepp": one deviation for each guardian or other family member who was told (the child may be told)
            List<Familjemedlem> familjen = informering.familjen();
            for (int i = 0; i < familjen.size(); i++) {
                Familjemedlem f = familjen.get(i);
                if (!f.informerad()) {
                    continue;
                }
                Avvikelsetyp typ = f.relation() == Familjerelation.VARDNADSHAVARE
                        ? Avvikelsetyp.VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP
                        : Avvikelsetyp.FAMILJEMEDLEM_INFORMERAD_VID_MISSTANKT_OVERGREPP;
                if (informering.perPerson()) {
                    avvikelse(c.oroId(), avvikelseId(c.oroId(), typ, i), actor, roll, typ, actor.enhet(), c.inkom(),
                            "familjemedlemmar[" + i + "].informerad");
                } else {
                    avvikelse(c.oroId(), avvikelseId(c.oroId(), typ), actor, roll, typ, actor.enhet(), c.inkom(),
                            "vardnadshavareInformerade");
                }
            }
        } else if (blank(informering.skalAttInteInformera())) {
            // "ska vårdnadshavaren, och barnet om hen fyllt 15 år eller utifrån barnets ålder och mognad informeras":
            // a younger child may be told by age and maturity, and need not be
            boolean barnetSkulleInformeras = c.barn().alderPa(Bedomningsregler.dag(c.inkom())) >= BARNET_INFORMERAS_FRAN_ALDER;
            boolean barnetInformerat = Boolean.TRUE.equals(informering.barnetInformerat());
            if (!informering.vardnadshavareInformerade() || (barnetSkulleInformeras && !barnetInformerat)) {
                avvikelse(c.oroId(), avvikelseId(c.oroId(), Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL), actor, roll,
                        Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL, actor.enhet(), c.inkom(), "skalAttInteInformera");
            }
        }
    }

    // ---- Uppgiftslämnarens skriftliga bekräftelse -------------------------------------------------------------------

    @CommandHandler
    public void handle(BekraftaSkriftligt c) {
        permitted(arUppgiftslamnaren(c.actor()), "Den skriftliga bekräftelsen lämnas av den som lämnade oron");
        state(arMuntlig(), "SKRIFTLIG_REDAN", "Oron lämnades skriftligt och behöver ingen skriftlig bekräftelse.");
        state(!arSkriftligtBekraftad(), "REDAN_BEKRAFTAD", "Oron är redan bekräftad skriftligt.");
        rule(!blank(c.text()), "text", "TEXT_KRAVS", "Den skriftliga bekräftelsen beskriver vad oron gäller.");
        boolean inomFrist = c.tidpunkt().isBefore(frister.skriftligBekraftelseSenast());
        Roll roll = Roll.fromClaim(uppgiftslamnare.roll()).orElseThrow();
        apply(c.actor(), roll, new OroBekraftadSkriftligt(oroId, c.text(), c.tidpunkt(), inomFrist));
        if (!inomFrist && !harAvvikelse(Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS)) {
            avvikelse(oroId, c.actor(), roll, Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SEN, uppgiftslamnare.enhet(), c.tidpunkt());
        }
    }

    // ---- Mottagarens steg -------------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(TaEmotOro c) {
        Roll roll = mottagaren(c.actor(), "Att kvittera oron");
        ejAvslutad();
        state(!arMottagen(), "REDAN_MOTTAGEN", "Oron är redan mottagen av " + mottagare.beskrivning() + ".");
        apply(c.actor(), roll, new OroMottagen(oroId, mottagare, c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(VidarebefordraOro c) {
        Roll roll = mottagaren(c.actor(), "Att vidarebefordra oron");
        ejAvslutad();
        Bedomningsregler.vidarebefordran(c, mottagare);
        apply(c.actor(), roll, new OroVidarebefordrad(oroId, mottagare, c.till(), Vidarebefordringsorsak.VIDAREBEFORDRAN,
                c.skal(), c.tidpunkt(), c.regler().kvitteraSenast(c.tidpunkt(), akut)));
    }

    @CommandHandler
    public void handle(GorSkyddsbedomning c) {
        Roll roll = mottagaren(c.actor(), "Skyddsbedömningen");
        ejAvslutad();
        state(!arSkyddsbedomd(), "SKYDDSBEDOMNING_GJORD", "Skyddsbedömningen är redan gjord.");
        Skyddsbedomning b = c.bedomning();
        Bedomningsregler.skyddsbedomning(b, inkom, c.tidpunkt());
        if (!arMottagen()) {
            apply(c.actor(), roll, new OroMottagen(oroId, mottagare, c.actor().userId(), c.tidpunkt()));
        }
        boolean sammaDag = dag(b.bedomd()).equals(dag(inkom));
        apply(c.actor(), roll, new SkyddsbedomningGjord(oroId, b, sammaDag, c.tidpunkt()));
        if (!sammaDag && !harAvvikelse(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG)) {
            avvikelse(oroId, c.actor(), roll, Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, mottagare.enhet(), c.tidpunkt());
        }
    }

    @CommandHandler
    public void handle(LamnaAterkoppling c) {
        Roll roll = mottagaren(c.actor(), "Återkopplingen till uppgiftslämnaren");
        state(!arAterkopplingAvstadd(), "ATERKOPPLING_AVSTADD",
                "Det är beslutat att inte återkoppla till uppgiftslämnaren, av särskilda skäl.");
        rule(c.besked() != null, "besked", "BESKED_KRAVS", "Ange om utredning inletts, pågår eller inte inleds.");
        apply(c.actor(), roll, new AterkopplingLamnad(oroId, c.besked(), c.tidpunkt()));
    }

    /**
     * 19 kap. 6 § SoL: the professional reporter is told whether an investigation is opened, not opened or already
     * ongoing, "om det inte finns särskilda skäl mot det" – the decision not to, with those reasons, ends the obligation.
     */
    @CommandHandler
    public void handle(AvstaFranAterkoppling c) {
        Roll roll = mottagaren(c.actor(), "Beslutet att inte återkoppla till uppgiftslämnaren");
        state(!arAterkopplingLamnad(), "ATERKOPPLING_LAMNAD", "Återkoppling är redan lämnad till uppgiftslämnaren.");
        state(!arAterkopplingAvstadd(), "ATERKOPPLING_AVSTADD", "Det är redan beslutat att inte återkoppla.");
        rule(!blank(c.sarskildaSkal()), "sarskildaSkal", "SARSKILDA_SKAL_KRAVS",
                "Återkoppling till en yrkesverksam anmälare lämnas om det inte finns särskilda skäl mot det "
                        + "(19 kap. 6 § SoL): ange de särskilda skälen.");
        apply(c.actor(), roll, new AterkopplingAvstadd(oroId, c.sarskildaSkal(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvslutaForhandsbedomning c) {
        Roll roll = mottagaren(c.actor(), "Förhandsbedömningen");
        permitted(roll != Roll.SOCIALJOUR,
                "Förhandsbedömningen görs av ansvarig socialsekreterare eller mottagningen; Socialjouren vidarebefordrar oron");
        ejAvslutad();
        rule(arSkyddsbedomd(), "skyddsbedomning", "SKYDDSBEDOMNING_KRAVS",
                "Skyddsbedömningen ska göras genast, innan förhandsbedömningen avslutas.");
        int dagar = Bedomningsregler.forhandsbedomning(c, inkom);
        boolean inomFrist = Bedomningsregler.inomFrist(dagar);
        if (!arMottagen()) {
            apply(c.actor(), roll, new OroMottagen(oroId, mottagare, c.actor().userId(), c.tidpunkt()));
        }
        apply(c.actor(), roll, new ForhandsbedomningAvslutad(oroId, c.beslut(), c.skal(), inomFrist ? null : c.synnerligaSkal(),
                c.tidpunkt(), dagar, inomFrist, c.barnetKomTillTals(), c.barnetKomTillTals() ? null : c.skalBarnetInteHort()));
        if (!inomFrist && !harAvvikelse(Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR)) {
            avvikelse(oroId, c.actor(), roll, Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, mottagare.enhet(), c.tidpunkt());
        }
    }

    // ---- Fristkontroll (the service) ---------------------------------------------------------------------------------

    @CommandHandler
    public void handle(KontrolleraFrister c) {
        c.actor().require(Roll.SYSTEM, "Fristkontrollen");
        Instant nu = c.nu();
        if (!arSkyddsbedomd() && !nu.isBefore(frister.skyddsbedomningSenast())) {
            avvikelseEnGang(c.actor(), Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, mottagare.enhet(), nu);
        }
        if (arMuntlig() && !arSkriftligtBekraftad() && !nu.isBefore(frister.skriftligBekraftelseSenast())) {
            avvikelseEnGang(c.actor(), Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS, uppgiftslamnare.enhet(), nu);
        }
        if (!arForhandsbedomd() && !nu.isBefore(frister.forhandsbedomningSenast())) {
            avvikelseEnGang(c.actor(), Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, mottagare.enhet(), nu);
        }
        // escalate last: the deviations belong to the unit the concern was at when its deadlines passed
        if (!arForhandsbedomd() && !arMottagen() && mottagare.typ() != Mottagartyp.MOTTAGNING && !nu.isBefore(kvitteraSenast)) {
            apply(c.actor(), Roll.SYSTEM, new OroVidarebefordrad(oroId, mottagare, c.regler().mottagning(),
                    Vidarebefordringsorsak.ESKALERING, null, nu, c.regler().kvitteraSenast(nu, akut)));
        }
    }

    private void avvikelseEnGang(Actor actor, Avvikelsetyp typ, String enhet, Instant nu) {
        if (!harAvvikelse(typ)) {
            avvikelse(oroId, actor, Roll.SYSTEM, typ, enhet, nu);
        }
    }

    // ---- State predicates -------------------------------------------------------------------------------------------

    private boolean arMottagen() {
        return mottagen;
    }

    private boolean arMuntlig() {
        return form == Form.MUNTLIG;
    }

    private boolean arSkriftligtBekraftad() {
        return skriftligtBekraftad;
    }

    private boolean arSkyddsbedomd() {
        return skyddsbedomd;
    }

    private boolean arAterkopplingLamnad() {
        return aterkopplingLamnad;
    }

    private boolean arAterkopplingAvstadd() {
        return aterkopplingAvstadd;
    }

    /** The preliminary assessment is closed: the concern is done with. */
    private boolean arForhandsbedomd() {
        return forhandsbedomd;
    }

    /** A deviation of this type is recorded (there is at most one of each per concern). */
    private boolean harAvvikelse(Avvikelsetyp typ) {
        return avvikelser.contains(typ);
    }

    private boolean arUppgiftslamnaren(Actor actor) {
        return actor.userId().equals(uppgiftslamnare.userId());
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------------

    /** The actor must be the current recipient; returns the role in which they act. */
    private Roll mottagaren(Actor actor, String aktivitet) {
        permitted(mottagare.ar(actor), aktivitet + " görs av oron mottagare (" + mottagare.beskrivning() + ")");
        return mottagare.roll();
    }

    private void ejAvslutad() {
        state(!arForhandsbedomd(), "FORHANDSBEDOMNING_AVSLUTAD", "Förhandsbedömningen är avslutad; oron är färdighandlagd.");
    }

    /** A deviation about no request field (a missed deadline), at most one of its type per concern. */
    private static void avvikelse(String oroId, Actor actor, Roll roll, Avvikelsetyp typ, String enhet, Instant tidpunkt) {
        avvikelse(oroId, avvikelseId(oroId, typ), actor, roll, typ, enhet, tidpunkt, null);
    }

    /** Takes the id explicitly: in the creating constructor the state is applied only after it returns. */
    private static void avvikelse(String oroId, String avvikelseId, Actor actor, Roll roll, Avvikelsetyp typ, String enhet,
                                  Instant tidpunkt, String falt) {
        apply(actor, roll, new AvvikelseRegistrerad(oroId, avvikelseId, typ, enhet, tidpunkt, falt));
    }

    /** A deviation's id is derived from the concern and the type: there is at most one of each per concern. */
    static String avvikelseId(String oroId, Avvikelsetyp typ) {
        return UUID.nameUUIDFromBytes((oroId + "/" + typ.name()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The id of a deviation about one family member (their place in the report's {@code familjemedlemmar}). */
    static String avvikelseId(String oroId, Avvikelsetyp typ, int familjemedlem) {
        return UUID.nameUUIDFromBytes((oroId + "/" + typ.name() + "/" + familjemedlem).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static LocalDate dag(Instant tidpunkt) {
        return Bedomningsregler.dag(tidpunkt);
    }

    private static void apply(Actor actor, Roll roll, OroHandelse event) {
        PerformedBy.apply(actor, roll, event);
    }

    // ---- State -------------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(OroLamnad e) {
        oroId = e.oroId();
        akut = e.akut();
        form = e.form();
        inkom = e.inkom();
        uppgiftslamnare = e.uppgiftslamnare();
        mottagare = e.mottagare();
        kvitteraSenast = e.kvitteraSenast();
        frister = e.frister();
    }

    @EventSourcingHandler
    void on(AvvikelseRegistrerad e) {
        avvikelser.add(e.typ());
    }

    @EventSourcingHandler
    void on(OroBekraftadSkriftligt e) {
        skriftligtBekraftad = true;
    }

    @EventSourcingHandler
    void on(OroMottagen e) {
        mottagen = true;
    }

    @EventSourcingHandler
    void on(OroVidarebefordrad e) {
        tidigareMottagare.add(mottagare);
        mottagare = e.till();
        mottagen = false;
        kvitteraSenast = e.kvitteraSenast();
    }

    @EventSourcingHandler
    void on(SkyddsbedomningGjord e) {
        skyddsbedomd = true;
    }

    @EventSourcingHandler
    void on(AterkopplingLamnad e) {
        aterkopplingLamnad = true;
    }

    @EventSourcingHandler
    void on(AterkopplingAvstadd e) {
        aterkopplingAvstadd = true;
    }

    @EventSourcingHandler
    void on(ForhandsbedomningAvslutad e) {
        forhandsbedomd = true;
    }
}
