package se.barnunga.followup.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Read model of a measure taken on a complaint or view, added after it was recorded; built by {@link UppfoljningProjektion}. */
@Entity
@Table(name = "synpunktsatgard_vy")
public class SynpunktsatgardVy extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "synpunkt")
    public String synpunkt;
    public int nummer;
    public LocalDate datum;
    public String atgarder;
    @Column(name = "registrerad_av")
    public String registreradAv;
    public String roll;
    public Instant registrerat;
}
