package se.barnunga.contracts.oro;

import java.time.Instant;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.ContractEvent;
import se.barnunga.contracts.Topics;

/**
 * A staff member submitted a report of concern about one child (19 kap. 1 § SoL 2025:400) and the service routed it
 * to a recipient. A report covering several children gives one concern, and one event, per child; the concerns of one
 * report share {@code anmalanId}. The content of the report stays in the service.
 *
 * @param oroId                     the concern (aggregate) id, also the CloudEvent {@code subject}
 * @param anmalanId                 the report; shared by the concerns of one report
 * @param barn                      the child, pseudonymised; {@code null} when the child was reported without
 *                                  personnummer or samordningsnummer (by name and birth date only)
 * @param uppdragId                 the ongoing assignment the concern relates to, or {@code null} if none
 * @param relation                  how the child relates to that assignment, {@code ARENDETS_BARN}, {@code SYSKON} or
 *                                  {@code ANNAT_BARN_MED_ANKNYTNING}; {@code null} when there is no related assignment
 * @param akut                      whether the concern was reported as acute
 * @param form                      {@code MUNTLIG} or {@code SKRIFTLIG}, how the report was made
 * @param omValdEllerOvergrepp      whether the concern is about violence or abuse by a parent or other close person
 * @param vardnadshavareInformerade whether the guardians were told before the concern was passed on
 * @param barnetInformerat          whether the child was told; {@code null} when not applicable or not stated
 * @param arbetsledareKonsulterad   whether the reporter consulted their supervisor
 * @param mottagartyp               kind of recipient the concern was routed to, {@code SOCIALSEKRETERARE},
 *                                  {@code MOTTAGNING} or {@code SOCIALJOUR}
 * @param mottagarenhet             code of the recipient's unit
 * @param socialsekreterare         staff id of the responsible social secretary when routed to them; otherwise
 *                                  {@code null}
 * @param dirigering                why it was routed so, {@code ANSVARIG_SOCIALSEKRETERARE},
 *                                  {@code ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE},
 *                                  {@code INGEN_ANSVARIG_SOCIALSEKRETERARE} or {@code AKUT_UTANFOR_KONTORSTID}
 * @param uppgiftslamnarensRoll     role claim of the reporting staff member, {@code socialsekreterare},
 *                                  {@code metodhandledare}, {@code utforare}, {@code mottagning}, {@code socialjour} or
 *                                  {@code enhetschef}
 * @param uppgiftslamnarensEnhet    code of the reporting staff member's unit
 * @param inkom                     when the concern came in
 */
@ContractEvent(type = "OroInlämnad", topic = Topics.ORO)
public record OroInlamnad(
        String oroId,
        String anmalanId,
        Barn barn,
        String uppdragId,
        String relation,
        boolean akut,
        String form,
        boolean omValdEllerOvergrepp,
        boolean vardnadshavareInformerade,
        Boolean barnetInformerat,
        boolean arbetsledareKonsulterad,
        String mottagartyp,
        String mottagarenhet,
        String socialsekreterare,
        String dirigering,
        String uppgiftslamnarensRoll,
        String uppgiftslamnarensEnhet,
        Instant inkom) {
}
