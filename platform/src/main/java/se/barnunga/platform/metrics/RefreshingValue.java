package se.barnunga.platform.metrics;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.jboss.logging.Logger;

/**
 * A value read on demand – when a gauge is scraped – and then served for an interval before it is read again, so a
 * scrape every few seconds by one or more Prometheus servers costs one query per interval and instance. A read that
 * fails gives {@code null} (gauges show NaN: unknown rather than a stale figure an alert would go on firing on) and is
 * tried again after the interval, not at every scrape.
 *
 * <p>Written here rather than taken from a library: Guava's {@code Suppliers.memoizeWithExpiration} is the well-kept
 * equivalent but Guava is not on the services' classpath, and it would not give the failure behaviour above.
 */
public final class RefreshingValue<T> {

    private static final Logger LOG = Logger.getLogger(RefreshingValue.class);

    private final String name;
    private final long intervalNanos;
    private final Callable<T> read;
    private volatile T value;
    private volatile long readAt;
    private volatile boolean hasRead;

    /**
     * @param name     what is read, for the log (a metric name, never data)
     * @param interval how long a value is served
     * @param read     reads the value (a query)
     */
    public RefreshingValue(String name, Duration interval, Callable<T> read) {
        this.name = name;
        this.intervalNanos = interval.toNanos();
        this.read = read;
    }

    /** The value, read now if the last read is older than the interval; null if the last read failed. */
    public T get() {
        if (!hasRead || System.nanoTime() - readAt >= intervalNanos) {
            synchronized (this) {
                if (!hasRead || System.nanoTime() - readAt >= intervalNanos) {
                    T v;
                    try {
                        v = read.call();
                    } catch (Exception e) {
                        LOG.debugf("%s not readable (%s)", name, e.getClass().getSimpleName());
                        v = null;
                    }
                    value = v;
                    readAt = System.nanoTime();
                    hasRead = true;
                }
            }
        }
        return value;
    }
}
