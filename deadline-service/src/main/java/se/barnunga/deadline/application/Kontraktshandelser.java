package se.barnunga.deadline.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.cloudevents.CloudEvent;
import se.barnunga.contracts.ContractCatalog;
import se.barnunga.contracts.Topics;
import se.barnunga.deadline.domain.Arendetyp;
import se.barnunga.deadline.domain.Faktum;
import se.barnunga.deadline.domain.Handelsetyper;
import se.barnunga.deadline.domain.Kommandon.RegistreraFaktum;
import se.barnunga.platform.consuming.ContractEventData;
import se.barnunga.platform.consuming.ContractEventHandler;
import se.barnunga.platform.consuming.PoisonMessage;

import java.time.Clock;

/**
 * Feeds the watches from the events on {@code barnunga.uppdrag.v1}, {@code barnunga.oro.v1} and
 * {@code barnunga.uppfoljning.v1}: each event the rules read becomes a {@link Faktum} of its case (the assignment or the
 * concern, which must be the CloudEvent subject), recorded in the consumer's transaction together with the CloudEvent
 * id (the platform de-duplicates re-delivery; the aggregate also ignores a fact id it has seen). The event is read into
 * its contract record first (so a malformed event is a poison message), then flattened to the field names of the
 * contract: {@code barn.pseudonym}, {@code beslutsdatum}, … Lists (goals, ratings) are not flattened (goals carry free text); what a rule needs of
 * them is derived ({@link Handelsetyper#harleddaVarden}: whether any goal was rated a negative change).
 */
@ApplicationScoped
public class Kontraktshandelser implements ContractEventHandler {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Inject
    CommandGateway commands;
    @Inject
    Clock clock;

    @Override
    public Set<String> topics() {
        return Set.of(Topics.UPPDRAG, Topics.ORO, Topics.UPPFOLJNING);
    }

    @Override
    public String name() {
        return "bevakning-handelser";
    }

    @Override
    public void handle(CloudEvent event) {
        RegistreraFaktum kommando = kommando(event, clock.instant());
        if (kommando != null) {
            commands.sendAndWait(kommando);
        }
    }

    /** The command for an event, or null for an event no rule reads. */
    static RegistreraFaktum kommando(CloudEvent event, Instant nu) {
        if (!Handelsetyper.LASTA.contains(event.getType())) {
            return null;
        }
        Class<? extends Record> typ = ContractCatalog.forType(event.getType()).orElseThrow();
        Record data = ContractEventData.read(event, typ);
        Map<String, String> varden = new LinkedHashMap<>();
        platta("", JSON.valueToTree(data), varden);
        varden.putAll(Handelsetyper.harleddaVarden(data));
        Arendetyp arendetyp = ContractCatalog.topicOf(typ).equals(Topics.ORO) ? Arendetyp.ORO : Arendetyp.UPPDRAG;
        String arendeId = varden.get(arendetyp == Arendetyp.ORO ? "oroId" : "uppdragId");
        if (arendeId == null || arendeId.isBlank() || arendeId.length() > 64
                || (event.getSubject() != null && !event.getSubject().equals(arendeId))) {
            throw new PoisonMessage("event " + event.getId() + " has no case id matching its subject");
        }
        if (event.getTime() == null) {
            throw new PoisonMessage("event " + event.getId() + " has no time");
        }
        if (arendetyp == Arendetyp.ORO) {
            // the concern's handling unit and secretary are the case's, as the assignment's are
            alias(varden, "mottagarenhet", "myndighetsenhet");
            alias(varden, "tillEnhet", "myndighetsenhet");
            alias(varden, "tillSocialsekreterare", "socialsekreterare");
        }
        return new RegistreraFaktum(arendeId, arendetyp, new Faktum(event.getId(), event.getType(),
                event.getTime().toInstant(), varden), nu);
    }

    private static void alias(Map<String, String> varden, String fran, String till) {
        if (varden.get(fran) != null) {
            varden.put(till, varden.get(fran));
        }
    }

    private static void platta(String prefix, JsonNode node, Map<String, String> varden) {
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                platta(prefix + e.getKey() + ".", v, varden);
            } else if (v.isValueNode() && !v.isNull()) {
                varden.put(prefix + e.getKey(), v.asText());
            }
        });
    }
}
