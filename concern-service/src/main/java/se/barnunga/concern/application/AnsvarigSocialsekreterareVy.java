package se.barnunga.concern.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The responsible social secretary of one assignment, learned from barnunga.uppdrag.v1 by {@link Uppdragshandelser}. */
@Entity
@Table(name = "ansvarig_socialsekreterare")
public class AnsvarigSocialsekreterareVy extends PanacheEntityBase {

    @Id
    @Column(name = "uppdrag_id")
    public String uppdragId;
    @Column(name = "barn_pseudonym")
    public String barnPseudonym;
    public String socialsekreterare;
    public String myndighetsenhet;
    /** False once the intervention or assignment is closed or the decision revoked. */
    public boolean pagaende;
    public Instant senast;
}
