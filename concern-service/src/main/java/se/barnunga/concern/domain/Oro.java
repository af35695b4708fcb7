package se.barnunga.concern.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

import se.barnunga.concern.domain.Handelser.*;
import se.barnunga.concern.domain.Kommandon.*;
import se.barnunga.concern.domain.Varden.Familjemedlem;
import se.barnunga.concern.domain.Varden.Frister;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.concern.domain.Varden.Ororegler;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;
import se.barnunga.concern.domain.Varden.Uppgiftslamnare;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.domain.Utford;
import se.barnunga.platform.time.ClockProducer;

/**
 * One concern about one child (oro, 19 kap. 1 § SoL 2025:400), from the report to the closed preliminary assessment.
 *
 * <p>The duty to pass on a concern can never be blocked: submitting is refused for nothing the routine forbids or
 * requires – such breaches become {@link AvvikelseRegistrerad} events. The receiving side's steps (acknowledge,
 * forward, protection assessment, feedback, preliminary assessment) are done by the current recipient, and their rules
 * are enforced ({@link RuleViolation} 422 naming the field, {@link StateConflict} 409 out of order).
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
        Ororegler regler = c.regler();
        Dirigeringsgrund grund;
        Mottagare till;
        if (c.akut() && !regler.kontorstider().arKontorstid(c.inkom())) {
            grund = Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID;
            till = regler.socialjour();
        } else if (c.ansvarig() != null && !c.ansvarigFranvarande()) {
            grund = Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE;
            till = Mottagare.socialsekreterare(c.ansvarig().userId(), c.ansvarig().enhet());
        } else if (c.ansvarig() != null) {
            grund = Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE;
            till = regler.mottagning();
        } else {
            grund = Dirigeringsgrund.INGEN_ANSVARIG_SOCIALSEKRETERARE;
            till = regler.mottagning();
        }
        Uppgiftslamnare lamnare = new Uppgiftslamnare(actor.userId(), roll.claim(), actor.enhet(),
                c.uppgiftslamnare() == null ? null : c.uppgiftslamnare().namn(),
                c.uppgiftslamnare() == null ? null : c.uppgiftslamnare().telefon());
        Informering informering = c.informering() == null ? Informering.vardnadshavarna(false, null, null) : c.informering();
        List<Overgreppstyp> misstankt = c.misstanktOvergrepp() == null ? List.of()
                : c.misstanktOvergrepp().stream().distinct().sorted().toList();
        apply(actor, roll, new OroLamnad(c.oroId(), c.anmalanId(), c.lankadeOroIds() == null ? List.of() : List.copyOf(c.lankadeOroIds()),
                c.barn(), c.uppdragId(), c.uppdragId() == null ? null : c.relation(), c.akut(), c.form(),
                c.omValdEllerOvergrepp(), misstankt, informering, c.arbetsledareKonsulterad(), c.beskrivning(), lamnare, c.inkom(), till,
                grund, regler.kvitteraSenast(c.inkom(), c.akut()), regler.frister(c.inkom(), c.form())));

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
            boolean barnetSkulleInformeras = c.barn().alderPa(LocalDate.ofInstant(c.inkom(), ClockProducer.ZONE)) >= BARNET_INFORMERAS_FRAN_ALDER;
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
        if (!c.actor().userId().equals(uppgiftslamnare.userId())) {
            throw new NotPermitted("Den skriftliga bekräftelsen lämnas av den som lämnade oron");
        }
        if (form != Form.MUNTLIG) {
            throw new StateConflict("SKRIFTLIG_REDAN", "Oron lämnades skriftligt och behöver ingen skriftlig bekräftelse.");
        }
        if (skriftligtBekraftad) {
            throw new StateConflict("REDAN_BEKRAFTAD", "Oron är redan bekräftad skriftligt.");
        }
        if (blank(c.text())) {
            throw new RuleViolation("text", "TEXT_KRAVS", "Den skriftliga bekräftelsen beskriver vad oron gäller.");
        }
        boolean inomFrist = c.tidpunkt().isBefore(frister.skriftligBekraftelseSenast());
        Roll roll = Roll.fromClaim(uppgiftslamnare.roll()).orElseThrow();
        apply(c.actor(), roll, new OroBekraftadSkriftligt(oroId, c.text(), c.tidpunkt(), inomFrist));
        if (!inomFrist && !avvikelser.contains(Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS)) {
            avvikelse(oroId, c.actor(), roll, Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SEN, uppgiftslamnare.enhet(), c.tidpunkt());
        }
    }

    // ---- Mottagarens steg -------------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(TaEmotOro c) {
        Roll roll = mottagaren(c.actor(), "Att kvittera oron");
        ejAvslutad();
        if (mottagen) {
            throw new StateConflict("REDAN_MOTTAGEN", "Oron är redan mottagen av " + beskriv(mottagare) + ".");
        }
        apply(c.actor(), roll, new OroMottagen(oroId, mottagare, c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(VidarebefordraOro c) {
        Roll roll = mottagaren(c.actor(), "Att vidarebefordra oron");
        ejAvslutad();
        if (c.till() == null) {
            throw new RuleViolation("till", "MOTTAGARE_KRAVS", "Ange vem oron ska vidarebefordras till.");
        }
        if (c.till().equals(mottagare)) {
            throw new RuleViolation("till", "SAMMA_MOTTAGARE", "Oron är redan hos " + beskriv(mottagare) + ".");
        }
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange varför oron vidarebefordras.");
        }
        apply(c.actor(), roll, new OroVidarebefordrad(oroId, mottagare, c.till(), Vidarebefordringsorsak.VIDAREBEFORDRAN,
                c.skal(), c.tidpunkt(), c.regler().kvitteraSenast(c.tidpunkt(), akut)));
    }

    @CommandHandler
    public void handle(GorSkyddsbedomning c) {
        Roll roll = mottagaren(c.actor(), "Skyddsbedömningen");
        ejAvslutad();
        if (skyddsbedomd) {
            throw new StateConflict("SKYDDSBEDOMNING_GJORD", "Skyddsbedömningen är redan gjord.");
        }
        Skyddsbedomning b = c.bedomning();
        if (b == null || b.omedelbartSkyddsbehov() == null) {
            throw new RuleViolation("skyddsbedomning.omedelbartSkyddsbehov", "BEDOMNING_KRAVS",
                    "Ange bedömningen: om barnet är i behov av omedelbart skydd eller inte.");
        }
        if (blank(b.underlag())) {
            throw new RuleViolation("skyddsbedomning.underlag", "UNDERLAG_KRAVS",
                    "Ange de uppgifter och händelser som bedömningen grundar sig på.");
        }
        if (b.bedomd() == null) {
            throw new RuleViolation("skyddsbedomning.bedomd", "TIDPUNKT_KRAVS", "Ange när bedömningen gjordes.");
        }
        if (b.bedomd().isBefore(inkom) || b.bedomd().isAfter(c.tidpunkt())) {
            throw new RuleViolation("skyddsbedomning.bedomd", "TIDPUNKT_ORIMLIG",
                    "Bedömningen kan inte ha gjorts före oron kom in eller i framtiden.");
        }
        if (blank(b.bedomdAvNamn())) {
            throw new RuleViolation("skyddsbedomning.bedomdAvNamn", "NAMN_KRAVS", "Ange namnet på den som gjorde bedömningen.");
        }
        if (blank(b.bedomdAvTitel())) {
            throw new RuleViolation("skyddsbedomning.bedomdAvTitel", "TITEL_KRAVS", "Ange titeln på den som gjorde bedömningen.");
        }
        if (!mottagen) {
            apply(c.actor(), roll, new OroMottagen(oroId, mottagare, c.actor().userId(), c.tidpunkt()));
        }
        boolean sammaDag = dag(b.bedomd()).equals(dag(inkom));
        apply(c.actor(), roll, new SkyddsbedomningGjord(oroId, b, sammaDag, c.tidpunkt()));
        if (!sammaDag && !avvikelser.contains(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG)) {
            avvikelse(oroId, c.actor(), roll, Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, mottagare.enhet(), c.tidpunkt());
        }
    }

    @CommandHandler
    public void handle(LamnaAterkoppling c) {
        Roll roll = mottagaren(c.actor(), "Återkopplingen till uppgiftslämnaren");
        if (aterkopplingAvstadd) {
            throw new StateConflict("ATERKOPPLING_AVSTADD",
                    "Det är beslutat att inte återkoppla till uppgiftslämnaren, av särskilda skäl.");
        }
        if (c.besked() == null) {
            throw new RuleViolation("besked", "BESKED_KRAVS", "Ange om utredning inletts, pågår eller inte inleds.");
        }
        apply(c.actor(), roll, new AterkopplingLamnad(oroId, c.besked(), c.tidpunkt()));
    }

    /**
     * 19 kap. 6 § SoL: the professional reporter is told whether an investigation is opened, not opened or already
     * ongoing, "om det inte finns särskilda skäl mot det" – the decision not to, with those reasons, ends the obligation.
     */
    @CommandHandler
    public void handle(AvstaFranAterkoppling c) {
        Roll roll = mottagaren(c.actor(), "Beslutet att inte återkoppla till uppgiftslämnaren");
        if (aterkopplingLamnad) {
            throw new StateConflict("ATERKOPPLING_LAMNAD", "Återkoppling är redan lämnad till uppgiftslämnaren.");
        }
        if (aterkopplingAvstadd) {
            throw new StateConflict("ATERKOPPLING_AVSTADD", "Det är redan beslutat att inte återkoppla.");
        }
        if (blank(c.sarskildaSkal())) {
            throw new RuleViolation("sarskildaSkal", "SARSKILDA_SKAL_KRAVS",
                    "Återkoppling till en yrkesverksam anmälare lämnas om det inte finns särskilda skäl mot det "
                            + "(19 kap. 6 § SoL): ange de särskilda skälen.");
        }
        apply(c.actor(), roll, new AterkopplingAvstadd(oroId, c.sarskildaSkal(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvslutaForhandsbedomning c) {
        Roll roll = mottagaren(c.actor(), "Förhandsbedömningen");
        if (roll == Roll.SOCIALJOUR) {
            throw new NotPermitted("Förhandsbedömningen görs av ansvarig socialsekreterare eller mottagningen; Socialjouren vidarebefordrar oron");
        }
        ejAvslutad();
        if (!skyddsbedomd) {
            throw new RuleViolation("skyddsbedomning", "SKYDDSBEDOMNING_KRAVS",
                    "Skyddsbedömningen ska göras genast, innan förhandsbedömningen avslutas.");
        }
        if (c.beslut() == null) {
            throw new RuleViolation("beslut", "BESLUT_KRAVS", "Ange om utredning inleds, inte inleds eller tillförs en pågående utredning.");
        }
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange skälen för förhandsbedömningens beslut.");
        }
        if (c.barnetKomTillTals() == null) {
            throw new RuleViolation("barnetKomTillTals", "BARNETS_ROST_KRAVS",
                    "Ange om barnet har fått komma till tals i förhandsbedömningen (11 kap. 10 § SoL: barnet ska ges "
                            + "möjlighet att framföra sina åsikter).");
        }
        if (!c.barnetKomTillTals() && blank(c.skalBarnetInteHort())) {
            throw new RuleViolation("skalBarnetInteHort", "SKAL_BARNET_INTE_HORT_KRAVS",
                    "Barnet har inte fått komma till tals: ange skälen till det.");
        }
        int dagar = (int) ChronoUnit.DAYS.between(dag(inkom), dag(c.tidpunkt()));
        boolean inomFrist = dagar <= FORHANDSBEDOMNING_DAGAR;
        if (!inomFrist && blank(c.synnerligaSkal())) {
            throw new RuleViolation("synnerligaSkal", "SYNNERLIGA_SKAL_KRAVS",
                    "Förhandsbedömningen avslutas " + dagar + " dagar efter att oron kom in; efter 14 dagar krävs synnerliga skäl.");
        }
        if (!mottagen) {
            apply(c.actor(), roll, new OroMottagen(oroId, mottagare, c.actor().userId(), c.tidpunkt()));
        }
        apply(c.actor(), roll, new ForhandsbedomningAvslutad(oroId, c.beslut(), c.skal(), inomFrist ? null : c.synnerligaSkal(),
                c.tidpunkt(), dagar, inomFrist, c.barnetKomTillTals(), c.barnetKomTillTals() ? null : c.skalBarnetInteHort()));
        if (!inomFrist && !avvikelser.contains(Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR)) {
            avvikelse(oroId, c.actor(), roll, Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, mottagare.enhet(), c.tidpunkt());
        }
    }

    // ---- Fristkontroll (the service) ---------------------------------------------------------------------------------

    @CommandHandler
    public void handle(KontrolleraFrister c) {
        c.actor().require(Roll.SYSTEM, "Fristkontrollen");
        Instant nu = c.nu();
        if (!skyddsbedomd && !nu.isBefore(frister.skyddsbedomningSenast())) {
            avvikelseEnGang(c.actor(), Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, mottagare.enhet(), nu);
        }
        if (form == Form.MUNTLIG && !skriftligtBekraftad && !nu.isBefore(frister.skriftligBekraftelseSenast())) {
            avvikelseEnGang(c.actor(), Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS, uppgiftslamnare.enhet(), nu);
        }
        if (!forhandsbedomd && !nu.isBefore(frister.forhandsbedomningSenast())) {
            avvikelseEnGang(c.actor(), Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, mottagare.enhet(), nu);
        }
        // escalate last: the deviations belong to the unit the concern was at when its deadlines passed
        if (!forhandsbedomd && !mottagen && mottagare.typ() != Mottagartyp.MOTTAGNING && !nu.isBefore(kvitteraSenast)) {
            apply(c.actor(), Roll.SYSTEM, new OroVidarebefordrad(oroId, mottagare, c.regler().mottagning(),
                    Vidarebefordringsorsak.ESKALERING, null, nu, c.regler().kvitteraSenast(nu, akut)));
        }
    }

    private void avvikelseEnGang(Actor actor, Avvikelsetyp typ, String enhet, Instant nu) {
        if (!avvikelser.contains(typ)) {
            avvikelse(oroId, actor, Roll.SYSTEM, typ, enhet, nu);
        }
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------------

    /** The actor must be the current recipient; returns the role in which they act. */
    private Roll mottagaren(Actor actor, String aktivitet) {
        if (!mottagare.ar(actor)) {
            throw new NotPermitted(aktivitet + " görs av oron mottagare (" + beskriv(mottagare) + ")");
        }
        switch (mottagare.typ()) {
            case SOCIALSEKRETERARE:
                return Roll.SOCIALSEKRETERARE;
            case MOTTAGNING:
                return Roll.MOTTAGNING;
            default:
                return Roll.SOCIALJOUR;
        }
    }

    private void ejAvslutad() {
        if (forhandsbedomd) {
            throw new StateConflict("FORHANDSBEDOMNING_AVSLUTAD", "Förhandsbedömningen är avslutad; oron är färdighandlagd.");
        }
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

    private static String beskriv(Mottagare m) {
        switch (m.typ()) {
            case SOCIALSEKRETERARE:
                return "ansvarig socialsekreterare";
            case MOTTAGNING:
                return "mottagningen";
            default:
                return "Socialjouren";
        }
    }

    private static LocalDate dag(Instant tidpunkt) {
        return LocalDate.ofInstant(tidpunkt, ClockProducer.ZONE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void apply(Actor actor, Roll roll, Object event) {
        Utford.apply(actor, roll, event);
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
