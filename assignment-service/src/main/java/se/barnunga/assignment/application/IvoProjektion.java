package se.barnunga.assignment.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.barnunga.assignment.domain.Handelser.IvoUnderlag;
import se.barnunga.assignment.domain.Handelser.UppdragRegistrerat;
import se.barnunga.platform.axon.BatchPreload;

/**
 * Keeps {@link IvoVy} up to date from the event store (a pooled streaming processor, {@value #PROCESSOR}; its token is
 * stored in the same transaction as the rows), so that the IVO report's bulk read ({@code POST /api/uppdrag/ivo-uppgifter})
 * is one query instead of one case file folded per case.
 *
 * <p><b>One interpretation of the rules.</b> The projection does not interpret the events itself: per case it keeps the
 * events {@link IvoUppgifter#av} reads ({@link IvoUppgifter#UNDERLAG}, with their sequence numbers and times), and after
 * each of them folds the kept events through the case file's own code – {@link Uppdragsakt#av} then
 * {@link IvoUppgifter#av} – and stores the ready record. So the row holds what the case file would answer after the
 * same events, by construction; the tests compare the two over the whole lifecycle. The pseudonym is computed once,
 * from the registration ({@link Barnpseudonym}, as the case-file endpoints do), so a read needs no personnummer.
 *
 * <p><b>Why JSONB of the record</b> rather than columns: the record (with its lists of interruptions and reasons for
 * delay) keeps one source of the shape – the API returns what was stored, a new field of {@link IvoUppgifter} needs
 * no migration (a rebuild fills it), and nothing queries the fields in SQL. The kept events are JSONB for the same reason:
 * they are the events as the event store holds them (same Jackson mapper), read back only to fold the next event.
 *
 * <p><b>Consistency.</b> The row follows the store with the processor's lag (milliseconds live; a rebuild empties the
 * table first). The bulk endpoint therefore uses a row only when the case's newest event in the store is at or below
 * the processor's position, and otherwise folds the case file as before – its answer is always the case file's
 * (docs/operations.md, "The IVO read model").
 *
 * <p>Handlers are idempotent (an event at or below the row's last kept sequence number is skipped). In a replay each
 * batch's rows are loaded in one query first ({@link BatchPreload}) and written at the batch's commit; live, the
 * processor flushes per event. Only the events of {@link IvoUppgifter#UNDERLAG} ({@link IvoUnderlag}) and the
 * registration reach the projection and touch a row.
 */
@ApplicationScoped
@ProcessingGroup(IvoProjektion.PROCESSOR)
public class IvoProjektion implements BatchPreload {

    public static final String PROCESSOR = "ivo-vy";

    /** One kept event: its type (simple name), sequence number, time and payload as the event store's JSON. */
    record Post(String typ, long sekvens, Instant tidpunkt, JsonNode handelse) {
    }

    private static final Map<String, Class<?>> TYPER = IvoUppgifter.UNDERLAG.stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    private static final TypeReference<List<Post>> POSTER = new TypeReference<>() {
    };

    /** Per transaction (a replay's batch): the batch's rows by id, null for an id that has no row yet. */
    private static final Object BATCH_ROWS = new Object();

    @Inject
    TransactionSynchronizationRegistry transaction;
    @Inject
    ObjectMapper json;
    @Inject
    Barnpseudonym barnpseudonym;

    @Override
    public void preload(Collection<String> uppdragIds) {
        Map<String, IvoVy> rows = new HashMap<>();
        uppdragIds.forEach(id -> rows.put(id, null));
        IvoVy.<IvoVy>list("uppdragId in ?1", uppdragIds).forEach(vy -> rows.put(vy.uppdragId, vy));
        transaction.putResource(BATCH_ROWS, rows);
    }

    /** The case's row: from the batch's preloaded rows in a replay (null if it has none yet), else by id. */
    private IvoVy rad(String uppdragId) {
        @SuppressWarnings("unchecked")
        Map<String, IvoVy> rows = (Map<String, IvoVy>) transaction.getResource(BATCH_ROWS);
        return rows != null && rows.containsKey(uppdragId) ? rows.get(uppdragId) : IvoVy.findById(uppdragId);
    }

    @EventHandler
    void on(UppdragRegistrerat e) {
        IvoVy vy = rad(e.uppdragId());
        if (vy == null) {
            vy = new IvoVy();
            vy.uppdragId = e.uppdragId();
            vy.underlag = "[]";
            vy.kept = new Kept(new ArrayList<>(), new ArrayList<>());
            vy.pseudonym = barnpseudonym.av(e.barn());
            vy.persist(); // flushed by the processor: per event live, at the batch's commit in a replay
            @SuppressWarnings("unchecked")
            Map<String, IvoVy> rows = (Map<String, IvoVy>) transaction.getResource(BATCH_ROWS);
            if (rows != null) {
                rows.put(vy.uppdragId, vy);
            }
        } else {
            vy.pseudonym = barnpseudonym.av(e.barn());
        }
    }

    /**
     * An event the IVO record is made from: kept, and the kept events folded. Only these reach the projection (Axon
     * matches the handler by the stored payload type), so the case's other events are never deserialized here.
     */
    @EventHandler
    void on(IvoUnderlag handelse, DomainEventMessage<?> m) {
        IvoVy vy = rad(m.getAggregateIdentifier());
        if (vy == null) {
            // every case starts with its registration: a missing row is a fault to be seen (the event is parked)
            throw new IllegalStateException("ivo-vy has no row for the case of event " + m.getIdentifier());
        }
        Kept kept = kept(vy);
        if (!kept.handelser().isEmpty()
                && kept.handelser().get(kept.handelser().size() - 1).getSequenceNumber() >= m.getSequenceNumber()) {
            return; // already kept
        }
        kept.handelser().add(m);
        kept.poster().add(new Post(m.getPayloadType().getSimpleName(), m.getSequenceNumber(), m.getTimestamp(),
                json.valueToTree(handelse)));
        Uppdragsakt akt = Uppdragsakt.av(kept.handelser());
        vy.underlag = skriv(kept.poster());
        vy.uppgifter = akt.beslut == null ? null : skriv(IvoUppgifter.av(akt, vy.pseudonym));
    }

    /** A row's kept events: as stored (JSON) and as event messages to fold. */
    record Kept(List<Post> poster, List<DomainEventMessage<?>> handelser) {
    }

    /** The row's kept events: read from its JSON once per persistence context (a batch), then appended to. */
    private Kept kept(IvoVy vy) {
        if (vy.kept == null) {
            List<Post> poster;
            List<DomainEventMessage<?>> handelser = new ArrayList<>();
            try {
                poster = new ArrayList<>(json.readValue(vy.underlag, POSTER));
                for (Post p : poster) {
                    Class<?> typ = TYPER.get(p.typ());
                    if (typ == null) {
                        throw new IllegalStateException("ivo-vy keeps an event type it no longer reads: " + p.typ()
                                + " (rebuild ivo-vy)");
                    }
                    handelser.add(new GenericDomainEventMessage<>("Uppdrag", vy.uppdragId, p.sekvens(),
                            json.treeToValue(p.handelse(), typ), MetaData.emptyInstance(), vy.uppdragId + "/" + p.sekvens(),
                            p.tidpunkt()));
                }
            } catch (JsonProcessingException e) {
                // not chained: Jackson's message may quote the JSON, which holds personal data
                throw new IllegalStateException("ivo-vy: unreadable kept events of a case (" + e.getClass().getSimpleName() + ")");
            }
            vy.kept = new Kept(poster, handelser);
        }
        return vy.kept;
    }

    private String skriv(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // not chained: Jackson's message may quote the value, which holds personal data
            throw new IllegalStateException("ivo-vy: cannot write JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    @ResetHandler
    void reset() {
        IvoVy.deleteAll();
    }
}
