package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonkodTest {

    static final LocalDate FODD = LocalDate.of(2015, 3, 7);

    static String pseudonym() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
    }

    @Test
    void formen_ar_fodelsedatum_och_fyra_siffror() {
        assertThat(Personkod.av(FODD, "KVINNA", pseudonym())).matches("20150307-\\d{4}");
    }

    @Test
    void stabil_for_samma_pseudonym() {
        String p = pseudonym();
        assertThat(Personkod.av(FODD, "MAN", p)).isEqualTo(Personkod.av(FODD, "MAN", p));
    }

    @Test
    void skiljer_sig_mellan_pseudonymer() {
        Set<String> koder = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            koder.add(Personkod.av(FODD, "KVINNA", pseudonym()));
        }
        assertThat(koder.size()).isGreaterThan(150); // 500 possible codes per birth date and sex
    }

    @Test
    void konssiffran_ar_udda_for_pojkar_och_jamn_for_flickor() {
        for (int i = 0; i < 100; i++) {
            String p = pseudonym();
            assertThat(konssiffra(Personkod.av(FODD, "MAN", p)) % 2).isEqualTo(1);
            assertThat(konssiffra(Personkod.av(FODD, "KVINNA", p)) % 2).isEqualTo(0);
        }
    }

    @Test
    void kontrollsiffran_ar_giltig_enligt_luhn() {
        assertThat(Personkod.luhn("811218987")).isEqualTo(6); // the Swedish Tax Agency's example 811218-9876
        for (int i = 0; i < 100; i++) {
            String kod = Personkod.av(FODD, i % 2 == 0 ? "MAN" : "KVINNA", pseudonym());
            String tio = kod.substring(2, 8) + kod.substring(9);
            assertThat(luhnGiltig(tio)).as(kod).isTrue();
        }
    }

    private static int konssiffra(String kod) {
        return kod.charAt(11) - '0';
    }

    private static boolean luhnGiltig(String tio) {
        int summa = 0;
        for (int i = 0; i < tio.length(); i++) {
            int d = (tio.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += d > 9 ? d - 9 : d;
        }
        return summa % 10 == 0;
    }
}
