package se.barnunga.followup.application;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.barnunga.followup.domain.Bbicskala;
import se.barnunga.followup.domain.Motesslag;

/** Read model of one goal's BBIC rating at a held meeting, for the outcome statistics. */
@Entity
@Table(name = "bedomning_vy")
public class BedomningVy extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "uppdrag_id")
    public String uppdragId;
    @Column(name = "mote_id")
    public String moteId;
    @Enumerated(EnumType.STRING)
    public Motesslag slag;
    public LocalDate datum;
    @Column(name = "mal_id")
    public String malId;
    @Column(name = "bbic_omrade")
    public String bbicOmrade;
    @Enumerated(EnumType.STRING)
    public Bbicskala skala;
}
