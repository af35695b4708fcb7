package se.barnunga.concern.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.barnunga.concern.domain.Avvikelsetyp;
import se.barnunga.concern.domain.Mottagartyp;

/** One entry of the deviation register (no personal data), built by {@link OroProjektion}. */
@Entity
@Table(name = "oro_avvikelse")
public class Avvikelse extends PanacheEntityBase {

    @Id
    @Column(name = "avvikelse_id")
    public String avvikelseId;
    @Column(name = "oro_id")
    public String oroId;
    @Enumerated(EnumType.STRING)
    public Avvikelsetyp typ;
    public String enhet;
    public Instant registrerad;
    public boolean akut;
    @Enumerated(EnumType.STRING)
    public Mottagartyp mottagartyp;
}
