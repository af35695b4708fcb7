package se.barnunga.contracts;

/**
 * The Kafka topics of the public contract: one per owning service, versioned (docs/architecture.md, "The public
 * contract"). A breaking change of an event is published side by side on a new version of the topic; within a version
 * the contract only grows additively.
 */
public final class Topics {

    /** Events of the assignment-service: Uppdrag and Insats. */
    public static final String UPPDRAG = "barnunga.uppdrag.v1";
    /** Events of the followup-service: Uppföljning and Avslutningsmöte. */
    public static final String UPPFOLJNING = "barnunga.uppfoljning.v1";
    /** Events of the concern-service: Oro. */
    public static final String ORO = "barnunga.oro.v1";
    /** Events of the deadline-service: Bevakning. */
    public static final String BEVAKNING = "barnunga.bevakning.v1";

    /** Suffix of the dead-letter topic that a consumer moves a message to after repeated failures. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterTopic(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
