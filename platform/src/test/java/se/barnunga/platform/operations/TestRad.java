package se.barnunga.platform.operations;

import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One aggregate's row of a batch test projection ({@link TestLarmProjektion}, {@link TestSaldoProjektion}): how many
 * events, the sum of their amounts and the latest text – a text with a NUL cannot be stored.
 */
@MappedSuperclass
public abstract class TestRad extends PanacheEntityBase {

    @Id
    @Column(name = "aggregat_id")
    public String aggregatId;
    public int antal;
    public long summa;
    @Column(name = "senaste_text")
    public String senasteText;

    /** Counts one event into the aggregate's row ({@code funnen}), or into a new row persisted at its first event. */
    static <R extends TestRad> void rakna(R funnen, Supplier<R> ny, String aggregatId, long belopp, String text) {
        R rad = funnen;
        if (rad == null) {
            rad = ny.get();
            rad.aggregatId = aggregatId;
        }
        rad.antal++;
        rad.summa += belopp;
        rad.senasteText = text;
        if (funnen == null) {
            rad.persist();
        }
    }
}
