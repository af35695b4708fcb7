package se.barnunga.deadline;

import org.junit.jupiter.api.Test;

import se.barnunga.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void layers_are_kept() {
        ArchitectureRules.check("se.barnunga.deadline");
    }
}
