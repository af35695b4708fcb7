package se.barnunga.followup.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.barnunga.followup.domain.Bokningskalla;
import se.barnunga.followup.domain.Motesslag;
import se.barnunga.followup.domain.Utfall;

/** Read model of one meeting (booked, held, or struck: cancelled, or the intervention ended), built by {@link UppfoljningProjektion}. */
@Entity
@Table(name = "mote_vy")
public class MoteVy extends PanacheEntityBase {

    public enum Status {
        BOKAT, GENOMFORT, STRUKET
    }

    @Id
    public String id;
    @Column(name = "uppdrag_id")
    public String uppdragId;
    @Column(name = "mote_id")
    public String moteId;
    @Enumerated(EnumType.STRING)
    public Motesslag slag;
    public boolean extra;
    public int nummer;
    public LocalDate datum;
    public LocalTime klockslag;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "inom_fonster")
    public Boolean inomFonster;
    @Enumerated(EnumType.STRING)
    public Bokningskalla kalla;
    public boolean sammanfattning;
    public boolean formote;
    @Column(name = "barnet_deltog")
    public Boolean barnetDeltog;
    @Enumerated(EnumType.STRING)
    public Utfall utfall;
    public Instant bokat;

    static String id(String uppdragId, String moteId) {
        return uppdragId + "/" + moteId;
    }
}
