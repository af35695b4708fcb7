package se.barnunga.deadline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.barnunga.deadline.application.BevakningVy;
import se.barnunga.deadline.application.Bevakningshistorik;
import se.barnunga.deadline.domain.Frist;
import se.barnunga.deadline.domain.Handelsemonster;
import se.barnunga.deadline.domain.Regel;
import se.barnunga.deadline.domain.Villkor;

/** The deadline-service's responses. */
final class Svar {

    private Svar() {
    }

    /** One watch as listed: what, whose, when due, its alerts and acknowledgement. */
    record BevakningPost(String bevakningId, String arendeId, String arendetyp, String regelId, int regelversion,
                         String barnPseudonym, String myndighetsenhet, String utforarenhet, String socialsekreterare,
                         LocalDate startdatum, LocalDate forfallodatum, Instant forfaller, Instant paminnelse, String status,
                         boolean passerad, long dagarKvar, Instant paminnelseSkickad, Instant passeradLarm, String ivoKvartal,
                         LocalDate uppfylldDatum, Boolean inomFrist, String avbrutenOrsak, LocalDate avbrutenDatum,
                         boolean okvitteratLarm, String kvitteradAv, Instant kvitterad) {

        static BevakningPost of(BevakningVy v, Instant nu, LocalDate idag) {
            return new BevakningPost(v.bevakningId, v.arendeId, v.arendetyp, v.regelId, v.regelversion, v.barnPseudonym,
                    v.myndighetsenhet, v.utforarenhet, v.socialsekreterare, v.startdatum, v.forfallodatum, v.forfaller,
                    v.paminnelse, v.status.name(), !v.forfaller.isAfter(nu), java.time.temporal.ChronoUnit.DAYS.between(idag, v.forfallodatum),
                    v.paminnelseSkickad, v.passerad, v.ivoKvartal, v.uppfylldDatum, v.inomFrist, v.avbrutenOrsak,
                    v.avbrutenDatum, v.larm > v.kvitterade, v.kvitteradAv, v.kvitterad);
        }
    }

    /** One case's watches with its history. */
    record Arendebevakningar(String arendeId, String arendetyp, List<BevakningPost> bevakningar,
                             List<Bevakningshistorik.Post> historik) {
    }

    /** The acknowledgement as recorded. */
    record Kvittering(String bevakningId, String arendeId, String kvitteradAv, Instant kvitterad) {
    }

    /** One version of a rule in the catalogue. */
    record RegelSvar(String id, int version, String namn, String kalla, String kalltyp, LocalDate giltigFran,
                     LocalDate giltigTill, String arendetyp, List<Monster> start, String forekomstfalt, FristSvar frist,
                     Integer paminnelseDagarFore, List<Monster> uppfylls, List<Monster> avbryts, boolean ivoRapportering,
                     String beskrivning) {

        static RegelSvar of(Regel r) {
            return new RegelSvar(r.id(), r.version(), r.namn(), r.kalla(), r.kalltyp().name(), r.giltigFran(), r.giltigTill(),
                    r.arendetyp().name(), Monster.of(r.start()), r.forekomstfalt(), FristSvar.of(r.frist()), r.paminnelseDagar(),
                    Monster.of(r.uppfylls()), Monster.of(r.avbryts()), r.ivo(), r.beskrivning());
        }
    }

    record Monster(String handelse, List<Villkor> villkor, String datumfalt, String matchning, String orsak,
                   String efterPasseradRegel) {

        static List<Monster> of(List<Handelsemonster> m) {
            return m.stream().map(x -> new Monster(x.handelse(), x.villkor(), x.datumfalt(),
                    x.matchning() == null ? null : x.matchning().name(), x.orsak(), x.efterPasseradRegel())).toList();
        }
    }

    record FristSvar(String typ, int antal, String datumfalt, String beskrivning) {

        static FristSvar of(Frist f) {
            return new FristSvar(f.typ().name(), f.antal(), f.datumfalt(), f.beskrivning());
        }
    }

    /** The catalogue: how days count, and every rule version. */
    record Regelkatalog(String tidszon, String rakning, List<RegelSvar> regler) {
    }
}
