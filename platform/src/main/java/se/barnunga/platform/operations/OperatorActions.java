package se.barnunga.platform.operations;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import se.barnunga.platform.axon.ProcessorRedrive;
import se.barnunga.platform.axon.ProcessorRedrive.StillFailing;
import se.barnunga.platform.consuming.ContractEventConsumers;

/** What an operator does with parked events: re-drive a sequence, all of a processor's, or discard one. */
@Singleton
public class OperatorActions {

    private static final Logger LOG = Logger.getLogger(OperatorActions.class);

    @Inject
    ParkedEvents parked;
    @Inject
    ProcessorRedrive processors;
    @Inject
    ContractEventConsumers consumers;
    @Inject
    ProcessingStatus status;

    /** Whether this service runs a processing group or consumer group of that name. */
    public boolean knows(String name) {
        return status.group(name).isPresent();
    }

    /**
     * Re-drives the whole parked sequence of the row's processor, in order.
     *
     * @return the number of events re-driven
     */
    public int redriveSequence(ParkedEvents.Row row, String by) throws Exception {
        if (row.kind() == ProcessingStatus.Kind.PROCESSOR) {
            return processors.redrive(row.processor(), row.sequenceId(), by);
        }
        List<ParkedEvents.Row> rows = row.sequenceId() == null ? List.of(row) : parked.parkedSequence(row.processor(), row.sequenceId());
        int done = 0;
        for (int i = 0; i < rows.size(); i++) {
            ParkedEvents.Row r = rows.get(i);
            try {
                consumers.redrive(r);
            } catch (Exception e) {
                parked.failedAgain(rows.subList(i, rows.size()).stream().map(ParkedEvents.Row::id).toList(), e);
                LOG.warnf("Consumer %s: re-drive of parked record %s failed (%s); it stays parked", r.processor(), r.eventId(),
                        e.getClass().getName());
                throw new StillFailing(e);
            }
            parked.markRedriven(List.of(r.id()), by);
            done++;
        }
        LOG.infof("Consumer %s: %d parked record(s) re-driven", row.processor(), done);
        return done;
    }

    /** Re-drives every parked sequence of a processor or consumer group; a failing sequence does not stop the others. */
    public Result redriveAll(String processor, String by) throws Exception {
        int redriven = 0;
        int failed = 0;
        for (String sequence : parked.parkedSequencesInOrder(processor)) {
            List<ParkedEvents.Row> rows = parked.parkedSequence(processor, sequence);
            if (rows.isEmpty()) {
                continue;
            }
            try {
                redriven += redriveSequence(rows.get(0), by);
            } catch (StillFailing e) {
                failed += rows.size();
            }
        }
        return new Result(redriven, failed);
    }

    /** @return false when the row is not (or no longer) parked */
    public boolean discard(UUID id, String by) throws Exception {
        boolean discarded = parked.discard(id, by);
        if (discarded) {
            LOG.warnf("Parked event row %s discarded by an operator", id);
        }
        return discarded;
    }

    /** Events re-driven, and events of sequences that still fail. */
    public record Result(int redriven, int failed) {
    }
}
