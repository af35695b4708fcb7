package se.barnunga.deadline.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Read model of one watch, built by {@link BevakningProjektion}; its history is read from the event store. */
@Entity
@Table(name = "bevakning_vy")
public class BevakningVy extends PanacheEntityBase {

    public enum Status {
        OPPEN, UPPFYLLD, AVBRUTEN
    }

    @Id
    @Column(name = "bevakning_id")
    public String bevakningId;
    @Column(name = "arende_id")
    public String arendeId;
    public String arendetyp;
    @Column(name = "regel_id")
    public String regelId;
    public int regelversion;
    public boolean ivo;
    public String forekomst;
    @Column(name = "barn_pseudonym")
    public String barnPseudonym;
    @Column(name = "barn_kon")
    public String barnKon;
    @Column(name = "barn_fodelsear")
    public Integer barnFodelsear;
    public String myndighetsenhet;
    public String utforarenhet;
    public String socialsekreterare;
    public LocalDate startdatum;
    public LocalDate forfallodatum;
    public Instant forfaller;
    public Instant paminnelse;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @Column(name = "paminnelse_skickad")
    public Instant paminnelseSkickad;
    public Instant passerad;
    @Column(name = "ivo_kvartal")
    public String ivoKvartal;
    @Column(name = "uppfylld_datum")
    public LocalDate uppfylldDatum;
    @Column(name = "inom_frist")
    public Boolean inomFrist;
    @Column(name = "avbruten_orsak")
    public String avbrutenOrsak;
    @Column(name = "avbruten_datum")
    public LocalDate avbrutenDatum;
    public int larm;
    public int kvitterade;
    @Column(name = "kvitterad_av")
    public String kvitteradAv;
    public Instant kvitterad;
    @Column(name = "nasta_kontroll")
    public Instant nastaKontroll;
    public Instant startad;
    @Column(name = "senast_andrad")
    public Instant senastAndrad;
}
