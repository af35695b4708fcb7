package se.barnunga.systemtests;

/**
 * How much a system-test run does: {@code SHORT} in every {@code mvn verify}, {@code FULL} by
 * {@code -Dsystemtests.mode=full} (README, "System tests"). Shared by {@link SystemTestRun} and the many-instance run.
 */
public enum RunMode {
    SHORT, FULL;

    /** The mode {@code -Dsystemtests.mode} names ({@code short} when not given). */
    public static RunMode fromSystemProperty() {
        return valueOf(System.getProperty("systemtests.mode", "short").trim().toUpperCase());
    }
}
