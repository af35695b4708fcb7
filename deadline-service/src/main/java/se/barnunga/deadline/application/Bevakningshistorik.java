package se.barnunga.deadline.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;

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
import se.barnunga.platform.domain.PerformedBy;

/**
 * One case's history as its event store tells it: the facts received (type and date, no content) and every watch
 * event – started, reminded, passed, IVO quarter, met, cancelled, acknowledged (who, when, comment).
 */
public final class Bevakningshistorik {

    /** One entry: when, what, which watch (null for a fact), the detail in words, and who acted (acknowledgements). */
    public record Post(Instant tidpunkt, String handelse, String bevakningId, String detalj, String utfordAv, String kommentar) {
    }

    private Bevakningshistorik() {
    }

    public static List<Post> av(List<? extends DomainEventMessage<?>> handelser) {
        List<Post> poster = new ArrayList<>();
        for (DomainEventMessage<?> m : handelser) {
            // the boundary: a Bevakningsarende's stream holds only its own events (it applies nothing else)
            BevakningHandelse e = (BevakningHandelse) m.getPayload();
            Post p = null;
            if (e instanceof FaktumRegistrerat f) {
                p = new Post(f.faktum().tidpunkt(), "FaktumRegistrerat", null, f.faktum().typ(), null, null);
            } else if (e instanceof BevakningStartad s) {
                p = new Post(s.tidpunkt(), s.andrad() ? "BevakningÄndrad" : "BevakningStartad", s.bevakningId(),
                        "från " + s.startdatum() + ", senast " + s.forfallodatum() + " (" + s.kalla() + ")", null, null);
            } else if (e instanceof BevakningPaminnelse s) {
                p = new Post(s.tidpunkt(), "BevakningPåminnelse", s.bevakningId(), "senast " + s.forfallodatum(), null, null);
            } else if (e instanceof BevakningPasserad s) {
                p = new Post(s.tidpunkt(), "BevakningPasserad", s.bevakningId(), "fristen " + s.forfallodatum() + " passerad", null, null);
            } else if (e instanceof IvoRapporteringKravs s) {
                p = new Post(s.tidpunkt(), "IvoRapporteringKrävs", s.bevakningId(), "rapporteras för " + s.kvartal()
                        + (s.forstaGangen() ? " (första gången)" : " (igen)")
                        + (s.forstaKvartal() != null && !s.forstaKvartal().equals(s.kvartal()) ? ", från " + s.forstaKvartal() : ""),
                        null, null);
            } else if (e instanceof BevakningPasseradAterkallad s) {
                p = new Post(s.tidpunkt(), "BevakningPasseradÅterkallad", s.bevakningId(), s.orsak() + " " + s.datum()
                        + " (fristen " + s.forfallodatum() + ")", null, null);
            } else if (e instanceof IvoRapporteringAterkallad s) {
                p = new Post(s.tidpunkt(), "IvoRapporteringÅterkallad", s.bevakningId(), "ingen rapport för "
                        + s.forstaKvartal() + "–" + s.senasteKvartal(), null, null);
            } else if (e instanceof BevakningUppfylld s) {
                p = new Post(s.tidpunkt(), "BevakningUppfylld", s.bevakningId(), s.uppfylldDatum()
                        + (s.inomFrist() ? " inom fristen" : " efter fristen " + s.forfallodatum()), null, null);
            } else if (e instanceof BevakningAvbruten s) {
                p = new Post(s.tidpunkt(), "BevakningAvbruten", s.bevakningId(), s.orsak() + " " + s.avbrutenDatum(), null, null);
            } else if (e instanceof LarmKvitterat s) {
                p = new Post(s.tidpunkt(), "LarmKvitterat", s.bevakningId(), s.larm(), PerformedBy.of(m).userId(), s.kommentar());
            }
            if (p != null) {
                poster.add(p);
            }
        }
        return poster;
    }
}
