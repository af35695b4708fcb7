package se.barnunga.deadline.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import se.barnunga.deadline.domain.Regel;
import se.barnunga.deadline.domain.Regelkatalog;
import se.barnunga.platform.metrics.MetricsSettings;
import se.barnunga.platform.metrics.RefreshingValue;

/**
 * The watches for the operations dashboard, per rule of the catalogue (tag {@code rule}: the rule id, e.g.
 * {@code IVO_EJ_VERKSTALLT} – one series per rule, 17, never a case, unit or person), read from {@code bevakning_vy}:
 * <ul>
 * <li>{@code barnunga.watches.open}: open watches ({@code OPPEN}: neither met nor cancelled);</li>
 * <li>{@code barnunga.watches.overdue}: open watches whose due time has passed by the service's injected clock – the
 * list {@code GET /api/bevakningar?passerade=true} of every unit;</li>
 * <li>{@code barnunga.ivo.requirements.open}, for the rules whose passing requires an IVO report ({@link Regel#ivo()}:
 * {@code IVO_EJ_VERKSTALLT}, {@code IVO_AVBROTT}): the decisions not carried out (interruptions not resumed) within
 * the three months that must be reported to IVO – passed by the clock – or have been (the sweep raised
 * {@code IvoRapporteringKravs}), and are neither carried out nor closed. Each is an entry of the current quarter's IVO
 * report that is still open, and is reported again every quarter until it is.</li>
 * </ul>
 * One grouped query over the open watches (the partial index {@code bevakning_vy_oppna}) gives all three, read at most
 * once per {@code barnunga.metrics.refresh-interval} (30 s) and instance when scraped ({@link RefreshingValue}), never
 * per scrape. The read model is shared by the instances: every instance shows the same figures (aggregate with
 * {@code max}, never {@code sum}). NaN while the database cannot be read.
 */
@ApplicationScoped
public class BevakningMetrics {

    public static final String OPEN = "barnunga.watches.open";
    public static final String OVERDUE = "barnunga.watches.overdue";
    public static final String IVO_OPEN = "barnunga.ivo.requirements.open";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry meters;
    @Inject
    MetricsSettings settings;

    /** The counts of one rule. */
    public record Antal(long oppna, long passerade, long ivoKrav) {
    }

    private static final Antal INGA = new Antal(0, 0, 0);

    private volatile RefreshingValue<Map<String, Antal>> antal;

    /** After the catalogue is in force ({@code Regelkonfiguration}, priority 5). */
    void gauges(@Observes @Priority(4100) StartupEvent event) {
        RefreshingValue<Map<String, Antal>> value = new RefreshingValue<>("watch metrics", settings.refreshInterval(), this::lasNu);
        antal = value;
        for (String regel : Regelkatalog.regelIds()) {
            gauge(OPEN, regel, "Open watches of the rule", Antal::oppna);
            gauge(OVERDUE, regel, "Open watches of the rule whose due time has passed (service clock)", Antal::passerade);
            if (Regelkatalog.versioner(regel).stream().anyMatch(Regel::ivo)) {
                gauge(IVO_OPEN, regel, "Decisions or interruptions past three months that must be or have been reported "
                        + "to IVO and are not carried out or closed", Antal::ivoKrav);
            }
        }
    }

    private void gauge(String name, String regel, String description, ToLongFunction<Antal> figure) {
        Gauge.builder(name, this, m -> m.varde(regel, figure))
                .tag("rule", regel)
                .description(description)
                .strongReference(true)
                .register(meters);
    }

    private double varde(String regel, ToLongFunction<Antal> figure) {
        Map<String, Antal> perRegel = antal.get();
        return perRegel == null ? Double.NaN : figure.applyAsLong(perRegel.getOrDefault(regel, INGA));
    }

    /** The counts per rule read now (rules without open watches are absent), by the service's clock. */
    Map<String, Antal> lasNu() throws SQLException {
        OffsetDateTime nu = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT regel_id, count(*), count(*) FILTER (WHERE forfaller <= ?),"
                     + " count(*) FILTER (WHERE ivo AND (forfaller <= ? OR ivo_kvartal IS NOT NULL))"
                     + " FROM bevakning_vy WHERE status = 'OPPEN' GROUP BY regel_id")) {
            q.setObject(1, nu);
            q.setObject(2, nu);
            Map<String, Antal> perRegel = new HashMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    perRegel.put(rs.getString(1), new Antal(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return perRegel;
        }
    }
}
