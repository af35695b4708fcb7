package se.barnunga.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Fires the same request several times at the same moment, for the tests of "two (or n) conflicting requests: exactly
 * one wins, the others get 409". The calls wait on one latch and are released together; the answers are returned in
 * the order they came back.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs {@code call} {@code n} times at once and returns the answers (an exception of a call fails the test). */
    public static <T> List<T> call(int n, Supplier<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<T> answers = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answers.add(call.get());
            }));
        }
        start.countDown();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
        return new ArrayList<>(answers);
    }

    /** Runs {@code call} twice at once. */
    public static <T> List<T> twice(Supplier<T> call) throws Exception {
        return call(2, call);
    }
}
