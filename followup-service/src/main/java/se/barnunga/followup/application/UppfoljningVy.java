package se.barnunga.followup.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.barnunga.followup.domain.Avslutsorsak;
import se.barnunga.followup.domain.Utfall;

/**
 * Read model of one intervention's follow-up: who and which units, the start, the latest meeting and outcome, the
 * booked meeting. Built by {@link UppfoljningProjektion}; the record in full is read from the event store
 * ({@link Uppfoljningsakt}).
 */
@Entity
@Table(name = "uppfoljning_vy")
public class UppfoljningVy extends PanacheEntityBase {

    @Id
    @Column(name = "uppdrag_id")
    public String uppdragId;
    public String uppdragstyp;
    @Column(name = "barn_pseudonym")
    public String barnPseudonym;
    @Column(name = "barn_kon")
    public String barnKon;
    @Column(name = "barn_fodelsear")
    public Integer barnFodelsear;
    public String insatstyp;
    public String myndighetsenhet;
    public String socialsekreterare;
    public String utforarenhet;
    @Column(name = "ansvarig_utforare")
    public String ansvarigUtforare;
    public LocalDate verkstallighetsdatum;
    public int planversion;
    @Enumerated(EnumType.STRING)
    public Avslutsorsak slut;
    public LocalDate slutdatum;
    public LocalDate avslutningsmote;
    @Column(name = "senaste_motesdatum")
    public LocalDate senasteMotesdatum;
    @Enumerated(EnumType.STRING)
    @Column(name = "senaste_utfall")
    public Utfall senasteUtfall;
    @Column(name = "antal_uppfoljningar")
    public int antalUppfoljningar;
    @Column(name = "bokat_mote_id")
    public String bokatMoteId;
    public boolean pakallat;
    @Column(name = "senast_andrad")
    public Instant senastAndrad;

    /** The date the next follow-up meeting's window counts from: the latest meeting, else the start. */
    public LocalDate referensdatum() {
        return senasteMotesdatum != null ? senasteMotesdatum : verkstallighetsdatum;
    }
}
