package se.barnunga.platform.operations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One handled test event (Panache, in the processor's JTA transaction, like the services' projections). */
@Entity
@Table(name = "test_vy")
public class TestVyRad extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long ordning;
    public String eventId;
    public String aggregatId;
    public String text;
}
