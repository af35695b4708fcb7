package se.barnunga.deadline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import se.barnunga.contracts.Barn;
import se.barnunga.contracts.uppdrag.InsatsBeviljad;
import se.barnunga.contracts.uppdrag.InsatsVerkstalld;
import se.barnunga.contracts.uppdrag.Mal;
import se.barnunga.platform.time.ClockProducer;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.ProblemAssertions;
import se.barnunga.testing.StandardTokens;

/** Tokens and the other services' events shared by the deadline-service's REST tests. */
final class DeadlineTestSupport {

    static final ZoneId ZON = ClockProducer.ZONE;
    static final String ANNA = StandardTokens.ANNA;
    static final String SARA_ANNAN_ENHET = StandardTokens.SARA_ANNAN_ENHET;
    static final String CHEF_MYND = StandardTokens.CHEF_MYND;
    static final String RUT_RAPPORTOR = StandardTokens.RUT_RAPPORTOR;
    static final String ULLA_UTFORARE = StandardTokens.ULLA_UTFORARE;
    static final String OLLE_DRIFT = StandardTokens.OLLE_DRIFT;
    static final String PROBLEM = ProblemAssertions.PROBLEM;

    private DeadlineTestSupport() {
    }

    static String pseudonym() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
    }

    static Instant kl(LocalDate dag, int timme) {
        return dag.atTime(timme, 0).atZone(ZON).toInstant();
    }

    /** A decision on intervention (11 kap. 1 § SoL) as the assignment-service published it. */
    static InsatsBeviljad beviljad(String uppdragId, Barn barn, LocalDate beslutsdatum, String myndighetsenhet, String socialsekreterare) {
        return new InsatsBeviljad(uppdragId, "BEVILJAD_INSATS", barn, "FAMILJEBEHANDLING", beslutsdatum, "SOL_2025_11_1",
                beslutsdatum, null, List.of(new Mal(UUID.randomUUID().toString(), "FAMILJ_OCH_MILJO")), myndighetsenhet, socialsekreterare, "UTF-1",
                kl(beslutsdatum, 10));
    }

    static InsatsVerkstalld verkstalld(String uppdragId, Barn barn, LocalDate beslutsdatum, LocalDate start, String myndighetsenhet) {
        return new InsatsVerkstalld(uppdragId, "BEVILJAD_INSATS", barn, "FAMILJEBEHANDLING", beslutsdatum, start, "UTF-1",
                myndighetsenhet, "anna", "ulla", kl(start, 15));
    }

    static ContractEventWriter uppdragstjansten() {
        return ContractEventWriter.as("assignment-service");
    }
}
