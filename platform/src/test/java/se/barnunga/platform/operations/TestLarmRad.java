package se.barnunga.platform.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One aggregate's row of {@link TestLarmProjektion}. */
@Entity
@Table(name = "test_larm")
public class TestLarmRad extends PanacheEntityBase {

    @Id
    @Column(name = "aggregat_id")
    public String aggregatId;
    public int antal;
    public long summa;
    @Column(name = "senaste_text")
    public String senasteText;
}
