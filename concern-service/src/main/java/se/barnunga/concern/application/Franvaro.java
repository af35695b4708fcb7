package se.barnunga.concern.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A social secretary's registered absence, whole days {@code fran}–{@code tom} inclusive. */
@Entity
@Table(name = "franvaro")
public class Franvaro extends PanacheEntityBase {

    @Id
    @Column(name = "franvaro_id")
    public String franvaroId;
    public String socialsekreterare;
    public String enhet;
    public LocalDate fran;
    public LocalDate tom;
    @Column(name = "registrerad_av")
    public String registreradAv;
    public Instant registrerad;
}
