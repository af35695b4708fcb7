package se.barnunga.systemtests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady load of commands on the assignment-service: each thread walks new assignments (unit MYND-1, performing unit
 * UTF-1) through the routine up to the appointed ansvarig utförare – enquiry, go-ahead, consent, decision, sending,
 * receipt, appointment – and remembers every command that was acknowledged (200/201). A case is abandoned at its first
 * command that is not acknowledged (its outcome is then unknown to a client, so nothing is expected of it).
 */
public final class CaseLoad {

    /** One step of the walk: the command, the domain event it stores, and the public event it publishes (or null). */
    public enum Steg {
        FORFRAGAN("UppdragRegistrerat", null),
        KLARTECKEN("KlarteckenLamnat", null),
        SAMTYCKE("SamtyckeRegistrerat", null),
        BESLUT("InsatsBeviljad", "InsatsBeviljad"),
        SKICKA("UppdragSkickat", "UppdragSkickat"),
        MOTTAGANDE("UppdragMottaget", "UppdragMottaget"),
        ANSVARIG_UTFORARE("AnsvarigUtforareUtsedd", "AnsvarigUtförareUtsedd");

        /** Simple name of the stored domain event ({@code Handelser$<name>}). */
        public final String domainEvent;
        /** CloudEvents type on {@code barnunga.uppdrag.v1}, or null if the step publishes nothing. */
        public final String publicEvent;

        Steg(String domainEvent, String publicEvent) {
            this.domainEvent = domainEvent;
            this.publicEvent = publicEvent;
        }
    }

    /** One assignment of the load and the steps acknowledged for it, in order. */
    public static final class Fall {
        public final String uppdragId;
        public final List<Steg> acknowledged = Collections.synchronizedList(new ArrayList<>());

        Fall(String uppdragId) {
            this.uppdragId = uppdragId;
        }

        /** The public events the acknowledged steps published, in order. */
        public List<String> expectedPublicEvents() {
            synchronized (acknowledged) {
                return acknowledged.stream().filter(s -> s.publicEvent != null).map(s -> s.publicEvent).toList();
            }
        }
    }

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Api api;
    private final Personuppgifter personuppgifter;
    private final String attack;
    private final String socialsekreterare;
    private final String metodhandledare;
    private final List<Fall> cases = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger acknowledgedCommands = new AtomicInteger();
    private final AtomicInteger sentCommands = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    public CaseLoad(SystemUnderTest sut, Api api, Personuppgifter personuppgifter, String attack) {
        this.api = api;
        this.personuppgifter = personuppgifter;
        this.attack = attack;
        this.socialsekreterare = sut.token("socialsekreterare", "MYND-1", "st-socialsekreterare");
        this.metodhandledare = sut.token("metodhandledare", "UTF-1", "st-metodhandledare");
    }

    /** Starts {@code threadCount} threads walking cases until {@link #stop()}. */
    public synchronized void start(int threadCount) {
        running.set(true);
        for (int i = 0; i < threadCount; i++) {
            Thread thread = new Thread(this::walkCases, "load-" + attack + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops the threads after their current command and waits for them. */
    public synchronized void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
        threads.clear();
    }

    public List<Fall> cases() {
        return List.copyOf(cases);
    }

    public int acknowledgedCommands() {
        return acknowledgedCommands.get();
    }

    public int sentCommands() {
        return sentCommands.get();
    }

    private void walkCases() {
        while (running.get()) {
            walkOneCase();
            pause(20); // leave the two cores some room for the services' own work
        }
    }

    /** Walks one new case as far as the commands are acknowledged. */
    public void walkOneCase() {
        LocalDate idag = LocalDate.now(STOCKHOLM);
        String barnPnr = personuppgifter.barnPersonnummer();
        String body = """
                {"typ": "BEVILJAD_INSATS",
                 "barn": {"personnummer": "%s", "fornamn": "%s", "efternamn": "%s"},
                 "insatstyp": "FAMILJEBEHANDLING", "behovsomraden": ["FAMILJ_OCH_SOCIALA_RELATIONER"],
                 "behov": "%s", "utforarenhet": "UTF-1"}""".formatted(barnPnr, personuppgifter.fornamn(),
                personuppgifter.efternamn(), personuppgifter.behov());
        Api.Answer created = command(api.post(ProcessSystem.ASSIGNMENT, attack, "/api/uppdrag", socialsekreterare, body));
        if (created.status() != 201) {
            return;
        }
        Fall fall = new Fall(created.json().path("uppdragId").asText());
        fall.acknowledged.add(Steg.FORFRAGAN);
        cases.add(fall);

        String vhPnr = personuppgifter.vuxenPersonnummer();
        String vhNamn = personuppgifter.fornamn() + " " + personuppgifter.efternamn();
        personuppgifter.used(vhNamn);
        String beslut = """
                {"beslutsdatum": "%s", "lagrum": "SOL_2025_11_1", "period": null,
                 "mal": [{"beskrivning": "%s", "bbicOmrade": "FAMILJ_OCH_SOCIALA_RELATIONER"}],
                 "skal": "%s", "beslutsunderlag": "Utredning enligt 14 kap. 2 § SoL", "syfte": "%s",
                 "beslutsfattare": {"namn": "%s", "titel": "Socialsekreterare", "delegationsniva": "SOCIALSEKRETERARE"},
                 "ansokanAvser": "Familjebehandling", "malOverenskomnaMedFamiljen": true,
                 "behovsbedomningKommunicerad": true}"""
                .formatted(idag, personuppgifter.used("Färre konflikter hemma vid måltiderna"),
                        personuppgifter.used("Utredningen visar att familjen behöver stöd"),
                        personuppgifter.used("Ett lugnare vardagsliv för barnet"),
                        personuppgifter.used(personuppgifter.fornamn() + " " + personuppgifter.efternamn()));
        String skicka = """
                {"innehall": {
                  "barnetsKontaktuppgifter": {"adress": "%s", "telefon": "070-1234567"},
                  "vardnadshavare": [{"personnummer": "%s", "namn": "%s",
                                      "kontakt": {"adress": "%s", "telefon": "070-7654321"}}],
                  "skyddadePersonuppgifter": "INGEN",
                  "tolkbehov": {"tolk": true, "sprak": "arabiska"},
                  "uppdragetOmfattar": "%s",
                  "bedomningAvBehovOchFormaga": "%s",
                  "uppfoljningsform": "Uppföljningsmöte var 6–8 vecka",
                  "aterrapporteringVidAvslut": "Avslutande sammanfattning per mål",
                  "andraHuvudmansInsatser": "Inga",
                  "sipBehov": false,
                  "socialsekreterarensKontakt": {"telefon": "031-123456", "epost": "st@example.se"},
                  "familjenInformerad": true,
                  "utredningsplanBifogad": false}}""".formatted(
                personuppgifter.used("Storgatan 17, 411 01 Göteborg"), vhPnr, vhNamn,
                personuppgifter.used("Storgatan 17, 411 01 Göteborg"),
                personuppgifter.used("Familjebehandling en gång i veckan i hemmet"),
                personuppgifter.used("Föräldrarna är motiverade men trötta"));
        personuppgifter.used("070-1234567");
        personuppgifter.used("070-7654321");
        String id = fall.uppdragId;
        Object[][] steps = {
                {Steg.KLARTECKEN, metodhandledare, "klartecken", null},
                {Steg.SAMTYCKE, socialsekreterare, "samtycke", """
                        {"part": "VARDNADSHAVARE", "vardnadshavare": {"personnummer": "%s", "namn": "%s"},
                         "samtycker": true, "datum": "%s"}""".formatted(vhPnr, vhNamn, idag)},
                {Steg.BESLUT, socialsekreterare, "beslut", beslut},
                {Steg.SKICKA, socialsekreterare, "skicka", skicka},
                {Steg.MOTTAGANDE, metodhandledare, "mottagande", null},
                {Steg.ANSVARIG_UTFORARE, metodhandledare, "ansvarig-utforare", "{\"ansvarigUtforare\": \"st-utforare\"}"},
        };
        for (Object[] step : steps) {
            if (!running.get() && !threads.isEmpty()) {
                return;
            }
            Api.Answer answer = command(api.post(ProcessSystem.ASSIGNMENT, attack, "/api/uppdrag/" + id + "/" + step[2],
                    (String) step[1], (String) step[3]));
            if (!answer.acknowledged()) {
                return;
            }
            fall.acknowledged.add((Steg) step[0]);
        }
    }

    private Api.Answer command(Api.Answer answer) {
        sentCommands.incrementAndGet();
        if (answer.status() == Api.NO_ANSWER || answer.status() >= 500) {
            pause(250); // the service is down or failing: knock again a little later, not in a tight loop
        }
        if (answer.acknowledged()) {
            acknowledgedCommands.incrementAndGet();
        }
        return answer;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
