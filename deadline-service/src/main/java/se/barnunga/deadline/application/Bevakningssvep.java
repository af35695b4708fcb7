package se.barnunga.deadline.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;
import se.barnunga.deadline.domain.Kommandon.KontrolleraBevakningar;

/**
 * Raises what is due: reminders, passed watches, and the IVO report requirement of each new quarter. Nothing is held
 * in memory – the due times are in the read model ({@code nasta_kontroll}, from the events) and the aggregate decides,
 * with the injected clock – so a due time that passed while the service was down is raised at the first sweep after
 * it comes back, and a second sweep or a second instance finds nothing more to do (each alert is an event of the
 * case's aggregate, guarded by its state and its optimistic lock). The schedule only triggers the sweep.
 *
 * <p>One sweep goes through every case due at its start, in pages of {@code svep-sida} cases ordered by case id (keyset:
 * the projection updates {@code nasta_kontroll} asynchronously, so a case just checked may still look due – the keyset
 * makes each case checked once per sweep, and the sweep ends). Each page is split into groups of {@code
 * svep-per-transaktion} cases, checked by {@code svep-parallellitet} threads, one JTA transaction per group (the
 * commands join it, see the platform's JtaTransactionManager): one commit for many cases. When a group fails (another
 * instance or a Kafka consumer changed one of its cases at the same moment: the event store's optimistic lock), the
 * whole group is rolled back and each of its cases is checked again in its own transaction; a case that still fails is
 * left for the next sweep. Groups never share a case, and every instance takes cases in the same order, so two
 * instances wait on each other's inserts rather than deadlock.
 *
 * <p>Axon's {@code DeadlineManager} is not used: its schedules live in memory (the simple manager) or in a scheduler
 * store of their own, and would have to be rebuilt from the events after every restart or replay; the sweep derives
 * everything from the read model and the aggregate, so it is correct across restarts with nothing more to keep.
 */
@ApplicationScoped
public class Bevakningssvep {

    private static final Logger LOG = Logger.getLogger(Bevakningssvep.class);

    @Inject
    CommandGateway commands;
    @Inject
    Clock clock;
    @Inject
    TransactionManager transactions;

    @ConfigProperty(name = "barnunga.bevakning.svep-sida", defaultValue = "2000")
    int sida;
    @ConfigProperty(name = "barnunga.bevakning.svep-per-transaktion", defaultValue = "25")
    int perTransaktion;
    @ConfigProperty(name = "barnunga.bevakning.svep-parallellitet", defaultValue = "4")
    int parallellitet;

    private volatile ExecutorService tradar;

    /** What one sweep did. */
    public record Resultat(int kontrollerade, int sidor, int misslyckade) {
    }

    @Scheduled(identity = "bevakning-svep", every = "${barnunga.bevakning.svep-intervall:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void schemalagt() {
        Resultat r = svep(clock.instant(), sida);
        if (r.kontrollerade() > 0) {
            LOG.infof("Bevakningssvep: %d ärenden kontrollerade på %d sidor, %d lämnade till nästa svep",
                    r.kontrollerade(), r.sidor(), r.misslyckade());
        }
    }

    /** Checks the cases with something due by now; returns how many were checked. */
    public int svep() {
        return svep(clock.instant(), sida).kontrollerade();
    }

    /**
     * Checks every case with something due at {@code nu}, page by page.
     *
     * @param sidstorlek cases per page (the read-model query's limit)
     */
    public Resultat svep(Instant nu, int sidstorlek) {
        String efter = "";
        int kontrollerade = 0;
        int sidor = 0;
        int misslyckade = 0;
        while (true) {
            String fran = efter;
            List<String> arenden = iKontext(() -> sida(nu, fran, sidstorlek));
            if (arenden.isEmpty()) {
                break;
            }
            sidor++;
            misslyckade += kontrollera(arenden, nu);
            kontrollerade += arenden.size();
            efter = arenden.get(arenden.size() - 1);
            if (arenden.size() < sidstorlek) {
                break;
            }
        }
        return new Resultat(kontrollerade, sidor, misslyckade);
    }

    private static List<String> sida(Instant nu, String efter, int sidstorlek) {
        return BevakningVy.getEntityManager().createQuery("select distinct b.arendeId from BevakningVy b "
                        + "where b.status = :oppen and b.nastaKontroll is not null and b.nastaKontroll <= :nu "
                        + "and b.arendeId > :efter order by b.arendeId", String.class)
                .setParameter("oppen", BevakningVy.Status.OPPEN).setParameter("nu", nu).setParameter("efter", efter)
                .setMaxResults(sidstorlek).getResultList();
    }

    /** Checks one page in groups on the sweep's threads; returns how many cases were left for the next sweep. */
    private int kontrollera(List<String> arenden, Instant nu) {
        List<Future<Integer>> grupper = new ArrayList<>();
        for (int fran = 0; fran < arenden.size(); fran += Math.max(1, perTransaktion)) {
            List<String> grupp = arenden.subList(fran, Math.min(arenden.size(), fran + Math.max(1, perTransaktion)));
            grupper.add(tradar().submit(() -> iKontext(() -> grupp(grupp, nu))));
        }
        int misslyckade = 0;
        for (Future<Integer> f : grupper) {
            try {
                misslyckade += f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the sweep was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a sweep group failed unexpectedly", e.getCause());
            }
        }
        return misslyckade;
    }

    /** One group in one transaction; on any failure each of its cases again in a transaction of its own. */
    private int grupp(List<String> arenden, Instant nu) {
        if (arenden.size() > 1) {
            try {
                transactions.begin();
                try {
                    for (String arendeId : arenden) {
                        commands.sendAndWait(new KontrolleraBevakningar(arendeId, nu));
                    }
                    if (transactions.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                        throw new IllegalStateException("the group's transaction was marked for rollback");
                    }
                    transactions.commit();
                    return 0;
                } catch (RuntimeException e) {
                    if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                        transactions.rollback();
                    }
                    LOG.debugf("Bevakningssvep: en grupp om %d ärenden rullades tillbaka (%s); varje ärende för sig",
                            arenden.size(), e.getClass().getSimpleName());
                }
            } catch (Exception e) {
                // the commit itself failed (e.g. a unique violation at commit): the group is rolled back, check one by one
                LOG.debugf("Bevakningssvep: gruppens commit misslyckades (%s); varje ärende för sig", e.getClass().getSimpleName());
            }
        }
        int misslyckade = 0;
        for (String arendeId : arenden) {
            try {
                commands.sendAndWait(new KontrolleraBevakningar(arendeId, nu));
            } catch (RuntimeException e) {
                // another instance acted at the same moment, or a transient failure: the next sweep tries again
                misslyckade++;
                LOG.warnf("Bevakningskontroll av ärende %s misslyckades: %s", arendeId, e.getClass().getSimpleName());
            }
        }
        return misslyckade;
    }

    private static <T> T iKontext(java.util.function.Supplier<T> arbete) {
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive()) {
            return arbete.get();
        }
        request.activate();
        try {
            return arbete.get();
        } finally {
            request.terminate();
        }
    }

    private ExecutorService tradar() {
        ExecutorService t = tradar;
        if (t == null) {
            synchronized (this) {
                if (tradar == null) {
                    AtomicInteger n = new AtomicInteger();
                    ThreadFactory f = r -> {
                        Thread th = new Thread(r, "bevakning-svep-" + n.incrementAndGet());
                        th.setDaemon(true);
                        return th;
                    };
                    tradar = Executors.newFixedThreadPool(Math.max(1, parallellitet), f);
                }
                t = tradar;
            }
        }
        return t;
    }

    @PreDestroy
    void stang() {
        ExecutorService t = tradar;
        if (t != null) {
            t.shutdownNow();
        }
    }
}
