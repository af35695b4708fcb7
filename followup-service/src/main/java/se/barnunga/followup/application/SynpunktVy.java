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
import se.barnunga.followup.domain.Familjemedlem;
import se.barnunga.followup.domain.Synpunktstyp;

/**
 * Read model of the family's complaints and views (the register per unit), built by {@link UppfoljningProjektion}.
 * Holds free text about the family: read only through the audited register endpoint.
 */
@Entity
@Table(name = "synpunkt_vy")
public class SynpunktVy extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "uppdrag_id")
    public String uppdragId;
    @Column(name = "synpunkt_id")
    public String synpunktId;
    @Enumerated(EnumType.STRING)
    public Synpunktstyp typ;
    @Enumerated(EnumType.STRING)
    @Column(name = "fran_vem")
    public Familjemedlem franVem;
    public LocalDate datum;
    public String avser;
    public String atgarder;
    @Column(name = "registrerad_av")
    public String registreradAv;
    public String roll;
    public Instant registrerat;

    static String id(String uppdragId, String synpunktId) {
        return uppdragId + "/" + synpunktId;
    }
}
