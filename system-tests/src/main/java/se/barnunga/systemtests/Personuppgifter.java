package se.barnunga.systemtests;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Made-up personal data for the load: personnummer that pass the Luhn check, names and free texts. Every value handed
 * out is registered in the summary ({@link RunSummary#usedPersonalData}) so the privacy scan looks for it on every topic.
 * Written here because it is a few lines: the Luhn digit and a date in a range; no library needed.
 */
public final class Personuppgifter {

    private static final List<String> FORNAMN = List.of("Alva", "Elsa", "Maja", "Wilma", "Ebba", "Saga", "Vera",
            "Hugo", "Liam", "Noah", "Axel", "Nils", "Ture", "Selma", "Tilde", "Edvin", "Melker", "Ronja");
    private static final List<String> EFTERNAMN = List.of("Ekström", "Lindqvist", "Bergman", "Sjöberg", "Holmgren",
            "Lundberg", "Nyström", "Forsberg", "Engström", "Wikström", "Sandberg", "Hedlund");
    private static final List<String> BEHOV = List.of("Stöd i föräldraskapet och vardagens rutiner",
            "Hjälp med konflikter mellan syskonen hemma", "Behöver stöd kring skolnärvaro och sömn",
            "Föräldrarna vill ha hjälp att sätta gränser utan bråk");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final RunSummary summary;
    private final Random random;

    public Personuppgifter(RunSummary summary, long seed) {
        this.summary = summary;
        this.random = new Random(seed);
    }

    /** A child's personnummer {@code YYYYMMDD-NNNC}, born 2013–2021 (under 15: the guardians' consent suffices). */
    public synchronized String barnPersonnummer() {
        return personnummer(LocalDate.of(2013, 1, 1).plusDays(random.nextInt(9 * 365)));
    }

    /** An adult's personnummer, born 1970–1994. */
    public synchronized String vuxenPersonnummer() {
        return personnummer(LocalDate.of(1970, 1, 1).plusDays(random.nextInt(25 * 365)));
    }

    private String personnummer(LocalDate born) {
        String digits = born.format(YYYYMMDD).substring(2) + String.format("%03d", random.nextInt(1000));
        String pnr = born.format(YYYYMMDD) + "-" + digits.substring(6) + luhn(digits);
        summary.usedPersonalData(pnr);
        summary.usedPersonalData(pnr.substring(2)); // the short form YYMMDD-NNNC
        summary.usedPersonalData(pnr.replace("-", ""));
        return pnr;
    }

    public synchronized String fornamn() {
        return used(FORNAMN.get(random.nextInt(FORNAMN.size())));
    }

    public synchronized String efternamn() {
        return used(EFTERNAMN.get(random.nextInt(EFTERNAMN.size())));
    }

    public synchronized String behov() {
        return used(BEHOV.get(random.nextInt(BEHOV.size())));
    }

    /**
     * The body of {@code POST /api/oro} (concern-service): a written concern about one child, not urgent, the guardians
     * informed – the concern whose same-day protection-assessment watch (SKYDDSBEDOMNING) the deadline-service starts.
     */
    public String oroBody() {
        return """
                {"barn": [{"personnummer": "%s", "namn": "%s", "relation": null}], "uppdragId": null,
                 "akut": false, "form": "SKRIFTLIG", "omValdEllerOvergrepp": false, "vardnadshavareInformerade": true,
                 "skalAttInteInformera": null, "arbetsledareKonsulterad": true,
                 "beskrivning": "%s",
                 "kontakt": {"namn": "%s", "telefon": "031-7654321"}}""".formatted(barnPersonnummer(),
                used(fornamn() + " " + efternamn()),
                used("Barnet kom till förskolan hungrig och berättade om bråk hemma i helgen"),
                used(fornamn() + " " + efternamn()));
    }

    /** Registers a name or free text the caller sends, and returns it. */
    public String used(String value) {
        summary.usedPersonalData(value);
        return value;
    }

    /** The Luhn check digit of nine digits (YYMMDDNNN), as Skatteverket computes it. */
    public static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
