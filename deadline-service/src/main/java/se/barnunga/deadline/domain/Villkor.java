package se.barnunga.deadline.domain;

import java.util.List;

/**
 * A condition on a fact's field, as data: the field's value is one of {@code varden}, or present at all when
 * {@code varden} is empty. A field named {@code arende.x} is read from the case's current facts
 * ({@link Arendelage#varde(String)}) instead of the event itself.
 */
public record Villkor(String falt, List<String> varden) {

    public static Villkor finns(String falt) {
        return new Villkor(falt, List.of());
    }

    public static Villkor ar(String falt, String... varden) {
        return new Villkor(falt, List.of(varden));
    }

    public boolean uppfylls(Faktum f, Arendelage arende) {
        String v = falt.startsWith("arende.") ? arende.varde(falt.substring("arende.".length())) : f.varde(falt);
        return v != null && (varden.isEmpty() || varden.contains(v));
    }
}
