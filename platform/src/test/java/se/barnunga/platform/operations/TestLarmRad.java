package se.barnunga.platform.operations;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One aggregate's row of {@link TestLarmProjektion}. */
@Entity
@Table(name = "test_larm")
public class TestLarmRad extends TestRad {
}
