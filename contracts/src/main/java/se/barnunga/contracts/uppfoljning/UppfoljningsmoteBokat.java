package se.barnunga.contracts.uppfoljning;

import java.time.Instant;
import java.time.LocalDate;

import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A follow-up or closing meeting was booked, or re-booked. The first follow-up is due 6–8 weeks (42–56 days) after the
 * start, each next one 6–8 weeks after the previous meeting; an ordinary booking outside that window carries a reason
 * in the service ({@code skalAngivet}). An extra meeting answers a call for one and has no window.
 *
 * @param uppdragId         the intervention's assignment id, also the CloudEvent {@code subject}
 * @param moteId            the meeting's id within the intervention ({@code M1}, {@code M2}, …); a re-booking keeps it
 * @param slag              {@code UPPFOLJNING} or {@code AVSLUTNING}
 * @param extra             whether it is an extra follow-up meeting called for by either side
 * @param datum             the meeting's date (Europe/Stockholm)
 * @param referensdatum     the start date or the previous meeting's date the window counts from; null when neither is known
 * @param dagarFranReferens days from {@code referensdatum} to {@code datum}; null when there is no reference date
 * @param inomFonster       whether the date is within 42–56 days of the reference date; null when not applicable (extra,
 *                          closing meeting, or no reference date yet)
 * @param skalAngivet       whether a reason for a date outside the window was given
 * @param ombokning         whether this re-books an already booked meeting
 * @param kalla             {@code PLANERINGSMOTE} (booked at the planning meeting, from the assignment-service),
 *                          {@code UPPFOLJNINGSMOTE} (booked at the previous follow-up meeting) or {@code BOKNING}
 * @param socialsekreterare staff id of the responsible social secretary, null if not yet known
 * @param myndighetsenhet   the social secretary's unit, null if not yet known
 * @param utforarenhet      the performing unit, null if not yet known
 * @param bokat             when it was booked
 */
@ContractEvent(type = "UppföljningsmöteBokat", topic = Topics.UPPFOLJNING)
public record UppfoljningsmoteBokat(
        String uppdragId,
        String moteId,
        String slag,
        boolean extra,
        LocalDate datum,
        LocalDate referensdatum,
        Integer dagarFranReferens,
        Boolean inomFonster,
        boolean skalAngivet,
        boolean ombokning,
        String kalla,
        String socialsekreterare,
        String myndighetsenhet,
        String utforarenhet,
        Instant bokat) {
}
