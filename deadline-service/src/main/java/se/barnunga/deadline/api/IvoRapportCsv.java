package se.barnunga.deadline.api;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import se.barnunga.deadline.application.IvoRapport;
import se.barnunga.deadline.application.IvoRapport.Individrapport;

/**
 * The IVO report as CSV: semicolon separated (as Swedish spreadsheets expect), UTF-8, a header row, one row per
 * individual report with its list; a field is quoted when it holds a separator, quote or line break (quotes doubled),
 * and free text that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
@Provider
@Produces(IvoResource.CSV)
public class IvoRapportCsv implements MessageBodyWriter<IvoRapport> {

    static final List<String> RUBRIKER = List.of("kvartal", "lista", "uppdragId", "slag", "personkod", "kon", "beslutsdatum",
            "insatstyp", "lagrum", "myndighetsenhet", "avbrottsdatum", "skalForDrojsmal", "erbjudetUnderTiden",
            "verkstallighetsdatum", "aterupptagenDatum", "avslutsdatum", "avslutsskal", "forstaKvartal");

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IvoRapport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(IvoRapport r, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(csv(r).getBytes(StandardCharsets.UTF_8));
    }

    static String csv(IvoRapport r) {
        StringBuilder sb = new StringBuilder();
        rad(sb, RUBRIKER);
        r.ejVerkstallda().forEach(i -> rad(sb, rad(r.kvartal(), "EJ_VERKSTALLDA", i)));
        r.verkstalldaEllerAvslutadeEfterRapport().forEach(i -> rad(sb, rad(r.kvartal(), "VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT", i)));
        return sb.toString();
    }

    private static List<String> rad(String kvartal, String lista, Individrapport i) {
        List<String> f = new ArrayList<>();
        f.add(kvartal);
        f.add(lista);
        f.add(i.uppdragId());
        f.add(i.slag());
        f.add(i.personkod());
        f.add(i.kon());
        f.add(d(i.beslutsdatum()));
        f.add(i.insatstyp());
        f.add(i.lagrum());
        f.add(i.myndighetsenhet());
        f.add(d(i.avbrottsdatum()));
        f.add(i.skalForDrojsmal().stream().map(s -> (s.datum() == null ? "" : s.datum() + " ")
                + Objects.toString(s.kalla(), "") + (s.skal() == null ? "" : ": " + s.skal())).collect(Collectors.joining(" | ")));
        f.add(i.skalForDrojsmal().stream().filter(s -> s.erbjudetUnderTiden() != null && !s.erbjudetUnderTiden().isBlank())
                .map(s -> (s.datum() == null ? "" : s.datum() + " ") + s.erbjudetUnderTiden()).collect(Collectors.joining(" | ")));
        f.add(d(i.verkstallighetsdatum()));
        f.add(d(i.aterupptagenDatum()));
        f.add(d(i.avslutsdatum()));
        f.add(i.avslutsskal());
        f.add(i.forstaKvartal());
        return f;
    }

    private static String d(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void rad(StringBuilder sb, List<String> falt) {
        for (int i = 0; i < falt.size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(falt(falt.get(i)));
        }
        sb.append("\r\n");
    }

    /** One field, quoted where needed; a leading {@code = + - @} (a formula to a spreadsheet) gets an apostrophe. */
    static String falt(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        String s = "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.contains(",")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
