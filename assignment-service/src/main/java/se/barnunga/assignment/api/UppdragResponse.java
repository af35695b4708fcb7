package se.barnunga.assignment.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.barnunga.assignment.application.UppdragVy;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.assignment.domain.Uppdragstyp;

/** An assignment as the social secretary sees it. */
@Schema(name = "Uppdrag")
public record UppdragResponse(String uppdragId, Uppdragstyp typ, Uppdragsstatus status, Barn barn,
                              String utforarenhet, String myndighetsenhet, String socialsekreterare,
                              Instant registrerat, Instant skickat, Instant mottaget) {

    public record Barn(String personnummer, String fornamn, String efternamn) {
        @Override
        public String toString() {
            return "Barn[***]";
        }
    }

    static UppdragResponse of(UppdragVy vy) {
        return new UppdragResponse(vy.uppdragId, vy.typ, vy.status,
                new Barn(vy.barnPersonnummer, vy.barnFornamn, vy.barnEfternamn),
                vy.utforarenhet, vy.myndighetsenhet, vy.socialsekreterare, vy.registrerat, vy.skickat, vy.mottaget);
    }
}
