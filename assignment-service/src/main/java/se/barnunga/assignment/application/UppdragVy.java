package se.barnunga.assignment.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.assignment.domain.Uppdragstyp;
import se.barnunga.platform.identity.Personnummer;

/**
 * List read model of assignments, built from the event store by {@link UppdragProjektion}; rebuildable by replay.
 * One assignment in full (with its history) is read from the event store itself, see {@link Uppdragsakt}.
 */
@Entity
@Table(name = "uppdrag_vy")
public class UppdragVy extends PanacheEntityBase {

    @Id
    @Column(name = "uppdrag_id")
    public String uppdragId;
    @Enumerated(EnumType.STRING)
    public Uppdragstyp typ;
    @Enumerated(EnumType.STRING)
    public Uppdragsstatus status;
    @Column(name = "barn_personnummer")
    public String barnPersonnummer;
    @Column(name = "barn_fornamn")
    public String barnFornamn;
    @Column(name = "barn_efternamn")
    public String barnEfternamn;
    @Enumerated(EnumType.STRING)
    @Column(name = "barn_kon")
    public Personnummer.Kon barnKon;
    @Column(name = "barn_fodelsedatum")
    public LocalDate barnFodelsedatum;
    public String insatstyp;
    public String utforarenhet;
    public String myndighetsenhet;
    public String socialsekreterare;
    @Column(name = "ansvarig_utforare")
    public String ansvarigUtforare;
    /** Whether the performing unit may see who the child is: it gave its go-ahead and the assignment was sent to it. */
    @Column(name = "identifierad_for_enhet")
    public boolean identifieradForEnhet;
    public LocalDate beslutsdatum;
    public LocalDate verkstallighetsdatum;
    public Instant registrerat;
    public Instant skickat;
    public Instant mottaget;
    @Column(name = "senast_andrad")
    public Instant senastAndrad;

    @Override
    public String toString() {
        return "UppdragVy[" + uppdragId + ", " + status + "]";
    }
}
