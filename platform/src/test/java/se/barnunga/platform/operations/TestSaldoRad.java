package se.barnunga.platform.operations;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One aggregate's row of {@link TestSaldoProjektion}. */
@Entity
@Table(name = "test_saldo")
public class TestSaldoRad extends TestRad {
}
