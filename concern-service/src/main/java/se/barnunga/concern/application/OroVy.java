package se.barnunga.concern.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.barnunga.concern.domain.Form;
import se.barnunga.concern.domain.Forhandsbeslut;
import se.barnunga.concern.domain.Mottagartyp;

/**
 * Read model of concerns for the inboxes, the per-child list and the deadline sweep, built by {@link OroProjektion};
 * rebuildable by replay. One concern in full is read from the event store ({@link Oroakt}).
 */
@Entity
@Table(name = "oro_vy")
public class OroVy extends PanacheEntityBase {

    @Id
    @Column(name = "oro_id")
    public String oroId;
    @Column(name = "anmalan_id")
    public String anmalanId;
    @Column(name = "barn_pseudonym")
    public String barnPseudonym;
    @Column(name = "barn_personnummer")
    public String barnPersonnummer;
    @Column(name = "barn_namn")
    public String barnNamn;
    @Column(name = "barn_fodelsedatum")
    public LocalDate barnFodelsedatum;
    @Column(name = "uppdrag_id")
    public String uppdragId;
    public boolean akut;
    @Enumerated(EnumType.STRING)
    public Form form;
    @Column(name = "om_vald_eller_overgrepp")
    public boolean omValdEllerOvergrepp;
    public String uppgiftslamnare;
    @Column(name = "uppgiftslamnare_enhet")
    public String uppgiftslamnareEnhet;
    public Instant inkom;
    @Enumerated(EnumType.STRING)
    public Mottagartyp mottagartyp;
    public String mottagarenhet;
    @Column(name = "mottagare_socialsekreterare")
    public String mottagareSocialsekreterare;
    @Column(name = "mottagare_sedan")
    public Instant mottagareSedan;
    public boolean eskalerad;
    @Column(name = "kvittera_senast")
    public Instant kvitteraSenast;
    public Instant mottagen;
    @Column(name = "skyddsbedomning_senast")
    public Instant skyddsbedomningSenast;
    public Instant skyddsbedomd;
    @Column(name = "omedelbart_skyddsbehov")
    public Boolean omedelbartSkyddsbehov;
    @Column(name = "skriftlig_senast")
    public Instant skriftligSenast;
    @Column(name = "skriftligt_bekraftad")
    public Instant skriftligtBekraftad;
    @Column(name = "aterkoppling_senast")
    public Instant aterkopplingSenast;
    @Column(name = "aterkoppling_lamnad")
    public Instant aterkopplingLamnad;
    /** When the recipient decided, for special reasons, not to give feedback (the obligation ended). */
    @Column(name = "aterkoppling_avstadd")
    public Instant aterkopplingAvstadd;
    @Column(name = "forhandsbedomning_senast")
    public Instant forhandsbedomningSenast;
    public Instant forhandsbedomd;
    @Enumerated(EnumType.STRING)
    public Forhandsbeslut forhandsbeslut;
    /** The deviation types registered, comma-separated. */
    public String avvikelser;
    @Column(name = "senast_andrad")
    public Instant senastAndrad;

    public boolean harAvvikelse(String typ) {
        return avvikelser != null && java.util.Arrays.asList(avvikelser.split(",")).contains(typ);
    }
}
