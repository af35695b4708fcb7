package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.deadline.domain.BevakningBuilders.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.barnunga.deadline.domain.IvoUrval.Avbrott;
import se.barnunga.deadline.domain.IvoUrval.Beslut;
import se.barnunga.deadline.domain.IvoUrval.Lista;
import se.barnunga.deadline.domain.IvoUrval.Post;
import se.barnunga.deadline.domain.IvoUrval.Slag;

class IvoUrvalTest {

    static final LocalDate BESLUT = LocalDate.of(2026, 11, 30);
    static final Kvartal Q4_2026 = new Kvartal(2026, 4);
    static final Kvartal Q1 = new Kvartal(2027, 1);
    static final Kvartal Q2 = new Kvartal(2027, 2);
    static final Kvartal Q3 = new Kvartal(2027, 3);
    static final Kvartal Q4 = new Kvartal(2027, 4);

    static Beslut beslut(LocalDate verkstalld, LocalDate avslutad, String orsak, String skal, Avbrott... avbrott) {
        return new Beslut(BESLUT, verkstalld, avslutad, orsak, skal, List.of(avbrott));
    }

    @Test
    void tre_manader_raknas_enligt_lagen_om_berakning_av_lagstadgad_tid() {
        assertThat(IvoUrval.forfallodatum(BESLUT)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(IvoUrval.forfallodatum(LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aldrig_verkstallt_rapporteras_varje_kvartal_fran_det_kvartal_det_passerade() {
        Beslut b = beslut(null, null, null, null);
        assertThat(IvoUrval.poster(b, Q4_2026)).isEmpty();
        for (Kvartal q : List.of(Q1, Q2, Q3, Q4, Q4.nasta())) {
            List<Post> p = IvoUrval.poster(b, q);
            assertThat(p).singleElement().satisfies(x -> {
                assertThat(x.slag()).isEqualTo(Slag.EJ_VERKSTALLT);
                assertThat(x.lista()).isEqualTo(Lista.EJ_VERKSTALLDA);
                assertThat(x.forstaKvartal()).isEqualTo(Q1);
                assertThat(x.fran()).isEqualTo(BESLUT);
                assertThat(x.forfallodatum()).isEqualTo(LocalDate.of(2027, 2, 28));
                assertThat(x.oppenVidKvartaletsSlut()).isTrue();
            });
        }
    }

    @Test
    void passerar_forst_dagen_efter_tre_manader() {
        // decided 31 Dec 2026: due 31 Mar 2027, passes 1 Apr – not in Q1
        Beslut b = new Beslut(LocalDate.of(2026, 12, 31), null, null, null, null, List.of());
        assertThat(IvoUrval.poster(b, Q1)).isEmpty();
        assertThat(IvoUrval.poster(b, Q2)).singleElement().extracting(Post::forstaKvartal).isEqualTo(Q2);
    }

    @Test
    void verkstallt_senare_samma_kvartal_rapporteras_for_kvartalet_med_datum_och_inte_mer() {
        Beslut b = beslut(LocalDate.of(2027, 3, 15), null, null, null);
        assertThat(IvoUrval.poster(b, Q1)).singleElement().satisfies(x -> {
            assertThat(x.lista()).isEqualTo(Lista.EJ_VERKSTALLDA);
            assertThat(x.verkstalldDatum()).isEqualTo(LocalDate.of(2027, 3, 15));
            assertThat(x.oppenVidKvartaletsSlut()).isFalse();
        });
        assertThat(IvoUrval.poster(b, Q2)).isEmpty();
    }

    @Test
    void verkstallt_nasta_kvartal_rapporteras_i_listan_over_verkstallda_efter_rapport() {
        Beslut b = beslut(LocalDate.of(2027, 4, 10), null, null, null);
        assertThat(IvoUrval.poster(b, Q1)).singleElement().satisfies(x -> {
            assertThat(x.lista()).isEqualTo(Lista.EJ_VERKSTALLDA);
            assertThat(x.verkstalldDatum()).as("carried out after the quarter: not known for Q1").isNull();
        });
        assertThat(IvoUrval.poster(b, Q2)).singleElement().satisfies(x -> {
            assertThat(x.lista()).isEqualTo(Lista.VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT);
            assertThat(x.verkstalldDatum()).isEqualTo(LocalDate.of(2027, 4, 10));
            assertThat(x.forstaKvartal()).isEqualTo(Q1);
        });
        assertThat(IvoUrval.poster(b, Q3)).isEmpty();
    }

    @Test
    void avslutat_for_att_den_enskilde_avbojer_redovisas_med_skal_kvartalet_det_hande() {
        Beslut b = beslut(null, LocalDate.of(2027, 5, 20), "INSATS_AVSLUTAD", "ENSKILD_AVBOJER");
        assertThat(IvoUrval.poster(b, Q1)).singleElement().satisfies(x -> {
            assertThat(x.lista()).isEqualTo(Lista.EJ_VERKSTALLDA);
            assertThat(x.avslutsdatum()).isNull();
            assertThat(x.avslutsskal()).isNull();
        });
        assertThat(IvoUrval.poster(b, Q2)).singleElement().satisfies(x -> {
            assertThat(x.lista()).isEqualTo(Lista.VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT);
            assertThat(x.avslutsdatum()).isEqualTo(LocalDate.of(2027, 5, 20));
            assertThat(x.avslutsskal()).isEqualTo("ENSKILD_AVBOJER");
            assertThat(x.verkstalldDatum()).isNull();
        });
        assertThat(IvoUrval.poster(b, Q3)).isEmpty();
    }

    @Test
    void aterkallat_beslut_redovisas_med_orsaken() {
        Beslut b = beslut(null, LocalDate.of(2027, 7, 2), "BESLUT_ATERKALLAT", null);
        assertThat(IvoUrval.poster(b, Q3)).singleElement().satisfies(x -> {
            assertThat(x.lista()).isEqualTo(Lista.VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT);
            assertThat(x.avslutsskal()).isEqualTo("BESLUT_ATERKALLAT");
        });
    }

    @Test
    void verkstallt_i_tid_rapporteras_aldrig() {
        Beslut b = beslut(LocalDate.of(2027, 2, 28), null, null, null);
        for (Kvartal q : List.of(Q4_2026, Q1, Q2, Q3)) {
            assertThat(IvoUrval.poster(b, q)).isEmpty();
        }
        Beslut avslutatITid = beslut(null, LocalDate.of(2027, 1, 10), "INSATS_AVSLUTAD", "ENSKILD_AVBOJER");
        assertThat(IvoUrval.poster(avslutatITid, Q1)).isEmpty();
        assertThat(IvoUrval.poster(avslutatITid, Q2)).isEmpty();
    }

    @Test
    void avbrott_som_inte_ateruppatas_rapporteras_som_eget_slag_tills_det_ateruppatas() {
        LocalDate avbrott = LocalDate.of(2027, 5, 10); // due 10 Aug, passes 11 Aug → Q3
        Beslut b = beslut(LocalDate.of(2027, 1, 5), null, null, null, new Avbrott(avbrott, LocalDate.of(2027, 10, 3)));
        assertThat(IvoUrval.poster(b, Q2)).isEmpty();
        assertThat(IvoUrval.poster(b, Q3)).singleElement().satisfies(x -> {
            assertThat(x.slag()).isEqualTo(Slag.AVBROTT);
            assertThat(x.lista()).isEqualTo(Lista.EJ_VERKSTALLDA);
            assertThat(x.fran()).isEqualTo(avbrott);
            assertThat(x.forstaKvartal()).isEqualTo(Q3);
            assertThat(x.verkstalldDatum()).isNull();
        });
        assertThat(IvoUrval.poster(b, Q4)).singleElement().satisfies(x -> {
            assertThat(x.slag()).isEqualTo(Slag.AVBROTT);
            assertThat(x.lista()).isEqualTo(Lista.VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT);
            assertThat(x.verkstalldDatum()).isEqualTo(LocalDate.of(2027, 10, 3));
        });
        assertThat(IvoUrval.poster(b, Q4.nasta())).isEmpty();
    }

    @Test
    void avbrott_aterupptaget_inom_tre_manader_eller_arendet_avslutat_rapporteras_inte_mer() {
        Beslut iTid = beslut(LocalDate.of(2027, 1, 5), null, null, null,
                new Avbrott(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 8, 10)));
        assertThat(IvoUrval.poster(iTid, Q3)).isEmpty();
        Beslut avslutat = beslut(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 11, 1), "INSATS_AVSLUTAD", "MAL_UPPNATT",
                new Avbrott(LocalDate.of(2027, 5, 10), null));
        assertThat(IvoUrval.poster(avslutat, Q3)).singleElement().extracting(Post::lista).isEqualTo(Lista.EJ_VERKSTALLDA);
        assertThat(IvoUrval.poster(avslutat, Q4)).singleElement().satisfies(x -> {
            assertThat(x.lista()).isEqualTo(Lista.VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT);
            assertThat(x.avslutsdatum()).isEqualTo(LocalDate.of(2027, 11, 1));
            assertThat(x.avslutsskal()).isEqualTo("MAL_UPPNATT");
        });
    }

    @Test
    void beslut_och_avbrott_rapporteras_var_for_sig() {
        // carried out late (Q1 report), then interrupted and not resumed
        Beslut b = beslut(LocalDate.of(2027, 3, 20), null, null, null, new Avbrott(LocalDate.of(2027, 4, 1), null));
        assertThat(IvoUrval.poster(b, Q1)).extracting(Post::slag).containsExactly(Slag.EJ_VERKSTALLT);
        assertThat(IvoUrval.poster(b, Q2)).isEmpty();
        assertThat(IvoUrval.poster(b, Q3)).extracting(Post::slag).containsExactly(Slag.AVBROTT);
    }

    @Test
    void fakta_daterade_efter_kvartalets_slut_paverkar_inte_kvartalet() {
        Beslut senare = beslut(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 1), "INSATS_AVSLUTAD", "ENSKILD_AVBOJER",
                new Avbrott(LocalDate.of(2027, 9, 10), null));
        Beslut inget = beslut(null, null, null, null);
        assertThat(IvoUrval.poster(senare, Q1)).isEqualTo(IvoUrval.poster(inget, Q1));
        assertThat(IvoUrval.poster(senare, Q2)).isEqualTo(IvoUrval.poster(inget, Q2));
        assertThat(IvoUrval.poster(senare, Q3)).singleElement().satisfies(x -> {
            assertThat(x.slag()).isEqualTo(Slag.EJ_VERKSTALLT);
            assertThat(x.lista()).isEqualTo(Lista.VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT);
            assertThat(x.verkstalldDatum()).isEqualTo(LocalDate.of(2027, 9, 1));
        });
    }
}
