package se.barnunga.deadline.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Read model of one case as its facts say now ({@code Arendelage}), built by {@link BevakningProjektion}: the IVO
 * report, the statistics and the quality indicators read it, with its interruptions ({@code avbrott_vy}), plan
 * versions ({@code plan_vy}) and follow-up meetings held ({@code uppfoljningsmote_vy}).
 */
@Entity
@Table(name = "arende_vy")
public class ArendeVy extends PanacheEntityBase {

    @Id
    @Column(name = "arende_id")
    public String arendeId;
    public String arendetyp;
    public String uppdragstyp;
    @Column(name = "barn_pseudonym")
    public String barnPseudonym;
    @Column(name = "barn_kon")
    public String barnKon;
    @Column(name = "barn_fodelsear")
    public Integer barnFodelsear;
    public String insatstyp;
    public String lagrum;
    public LocalDate beslutsdatum;
    @Column(name = "period_tom")
    public LocalDate periodTom;
    public String myndighetsenhet;
    public String utforarenhet;
    public String socialsekreterare;
    public LocalDate verkstallighetsdatum;
    public LocalDate avslutsdatum;
    public String avslutsorsak;
    public String avslutsskal;
    public LocalDate avslutningsmote;
    public Instant inkom;
    public Instant skyddsbedomd;
    @Column(name = "skyddsbedomning_samma_dag")
    public Boolean skyddsbedomningSammaDag;
    public Instant forhandsbedomd;
    @Column(name = "forhandsbedomning_inom_frist")
    public Boolean forhandsbedomningInomFrist;
    public String forhandsbeslut;
    @Column(name = "barnet_kom_till_tals")
    public Boolean barnetKomTillTals;
    @Column(name = "skal_barnet_inte_hort_dokumenterat")
    public Boolean skalBarnetInteHortDokumenterat;
    @Column(name = "sip_behov")
    public Boolean sipBehov;
    @Column(name = "sip_finns")
    public Boolean sipFinns;
    @Column(name = "senast_andrad")
    public Instant senastAndrad;
}
