package se.barnunga.assignment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Handelser;

/**
 * What the IVO report (34 kap. SoL 2025:400, old 16 kap. 6 f–h §§) needs about one decision on intervention: the
 * person code's parts (birth date, sex), the decision, its start or closure, interruptions, and the reasons for the
 * delay with what was offered meanwhile. For the rapportor and system roles only; every read is audited.
 *
 * @param pseudonym        the child's pseudonym (as on Kafka), stable across quarters and services
 */
public record IvoUppgifter(String uppdragId, String pseudonym, LocalDate fodelsedatum, String kon,
                           LocalDate beslutsdatum, String insatstyp, String lagrum, String myndighetsenhet,
                           LocalDate verkstallighetsdatum, List<Avbrott> avbrott, List<Drojsmal> skalForDrojsmal,
                           LocalDate avslutsdatum, String avslutsskal, LocalDate aterkallatDatum) {

    /** An interruption and when (if) it was resumed. */
    public record Avbrott(LocalDate avbrottsdatum, String orsak, LocalDate aterupptagenDatum) {
    }

    /** A recorded reason for delay: its source, when it was recorded, the reason, what was offered meanwhile. */
    public record Drojsmal(LocalDate datum, String kalla, String skal, String erbjudetUnderTiden) {
    }

    /**
     * The events whose sections of the case file {@link #av} reads (the decision, the enquiries and their answers, the
     * delays, the start, the interruptions, the closure and the withdrawal). Folding only these through
     * {@link Uppdragsakt} gives {@link #av} the same input as folding all of the case's events: each section it reads
     * is made from events of these types alone. {@link IvoProjektion} keeps exactly these per case; a change of
     * {@link #av} that reads another section must add that section's events to {@link Handelser.IvoUnderlag} (and rebuild
     * {@code ivo-vy}).
     */
    public static final Set<Class<?>> UNDERLAG = Set.of(Handelser.IvoUnderlag.class.getPermittedSubclasses());

    public static IvoUppgifter av(Uppdragsakt a, String pseudonym) {
        Handelser.InsatsBeviljad b = a.beslut;
        List<Drojsmal> drojsmal = new ArrayList<>();
        a.hinder.forEach(h -> drojsmal.add(new Drojsmal(Uppdragsakt.datum(h.rapporterad()), "UTFORARENHET_" + h.hinder().name(),
                h.skal(), h.erbjudetUnderTiden())));
        a.uppskov.forEach(u -> drojsmal.add(new Drojsmal(Uppdragsakt.datum(u.registrerat()), "ENSKILDS_BEGARAN_OM_UPPSKOV",
                u.skal(), null)));
        a.startbekraftelser.stream().filter(s -> !s.startade()).forEach(s -> drojsmal.add(new Drojsmal(s.avtalatStartdatum(),
                "START_UTEBLEV", s.orsak(), null)));
        a.forfragningar.stream().filter(f -> f.avbojd() != null).forEach(f -> drojsmal.add(new Drojsmal(
                Uppdragsakt.datum(f.avbojd().avbojd()), "FORFRAGAN_AVBOJD", f.avbojd().skal(), null)));
        a.avbrott.forEach(x -> drojsmal.add(new Drojsmal(x.avbrott().avbrottsdatum(), "AVBROTT_" + x.avbrott().orsak().name(),
                x.avbrott().beskrivning(), null)));
        drojsmal.sort(Comparator.comparing(Drojsmal::datum));
        return new IvoUppgifter(b.uppdragId(), pseudonym, b.barn().fodelsedatum(), b.barn().kon().name(), b.beslutsdatum(),
                b.insatstyp(), b.lagrum().name(), b.myndighetsenhet(),
                a.verkstalld == null ? null : a.verkstalld.verkstallighetsdatum(),
                a.avbrott.stream().map(x -> new Avbrott(x.avbrott().avbrottsdatum(), x.avbrott().orsak().name(),
                        x.aterupptagen() == null ? null : x.aterupptagen().aterupptagenDatum())).toList(),
                drojsmal, a.insatsAvslutad == null ? null : a.insatsAvslutad.datum(),
                a.insatsAvslutad == null ? null : a.insatsAvslutad.skal().name(),
                a.aterkallat == null ? null : a.aterkallat.datum());
    }
}
