package se.barnunga.assignment.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.assignment.domain.Uppdragstyp;

/** Read model of an assignment, built from the event store by {@link UppdragProjektion}; rebuildable by replay. */
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
    public String utforarenhet;
    public String myndighetsenhet;
    public String socialsekreterare;
    public Instant registrerat;
    public Instant skickat;
    public Instant mottaget;

    @Override
    public String toString() {
        return "UppdragVy[" + uppdragId + ", " + status + "]";
    }
}
