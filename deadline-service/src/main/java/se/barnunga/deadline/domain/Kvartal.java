package se.barnunga.deadline.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter (IVO reports per calendar quarter, dates in Europe/Stockholm), written {@code 2027-Q1}.
 */
public record Kvartal(int ar, int nummer) implements Comparable<Kvartal> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Kvartal {
        if (nummer < 1 || nummer > 4) {
            throw new IllegalArgumentException("quarter " + nummer);
        }
    }

    public static Kvartal av(LocalDate dag) {
        return new Kvartal(dag.getYear(), (dag.getMonthValue() - 1) / 3 + 1);
    }

    /** Parses {@code 2027-Q1}; empty for anything else. */
    public static java.util.Optional<Kvartal> tolka(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        return m.matches() ? java.util.Optional.of(new Kvartal(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : java.util.Optional.empty();
    }

    public LocalDate forsta() {
        return LocalDate.of(ar, (nummer - 1) * 3 + 1, 1);
    }

    public LocalDate sista() {
        return forsta().plusMonths(3).minusDays(1);
    }

    public Kvartal nasta() {
        return nummer == 4 ? new Kvartal(ar + 1, 1) : new Kvartal(ar, nummer + 1);
    }

    public Kvartal foregaende() {
        return nummer == 1 ? new Kvartal(ar - 1, 4) : new Kvartal(ar, nummer - 1);
    }

    public boolean omfattar(LocalDate dag) {
        return dag != null && !dag.isBefore(forsta()) && !dag.isAfter(sista());
    }

    @Override
    public int compareTo(Kvartal o) {
        return ar != o.ar ? Integer.compare(ar, o.ar) : Integer.compare(nummer, o.nummer);
    }

    @Override
    public String toString() {
        return ar + "-Q" + nummer;
    }
}
