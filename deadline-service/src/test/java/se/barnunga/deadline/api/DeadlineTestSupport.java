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
import se.barnunga.testing.DevTokens;

/** Tokens and the other services' events shared by the deadline-service's REST tests. */
final class DeadlineTestSupport {

    static final ZoneId ZON = ClockProducer.ZONE;
    static final String ANNA = DevTokens.token("anna", "MYND-1", "socialsekreterare");
    static final String SARA_ANNAN_ENHET = DevTokens.token("sara", "MYND-2", "socialsekreterare");
    static final String CHEF_MYND = DevTokens.token("cecilia", "MYND-1", "enhetschef");
    static final String RUT_RAPPORTOR = DevTokens.token("rut", "STAB-1", "rapportor");
    static final String ULLA_UTFORARE = DevTokens.token("ulla", "UTF-1", "utforare");
    static final String OLLE_DRIFT = DevTokens.token("olle", "DRIFT-1", "drift");
    static final String PROBLEM = "application/problem+json";

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
