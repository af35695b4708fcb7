package se.barnunga.systemtests.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PersonnummerTest {

    @Test
    void the_check_digit_is_the_luhn_digit_of_the_readme_example() {
        assertThat(Personnummer.of(LocalDate.of(2015, 4, 12), 238)).isEqualTo("20150412-2381");
    }

    @Test
    void generated_numbers_pass_the_luhn_check_and_name_a_child() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            String pnr = Personnummer.child(random);
            assertThat(pnr).matches("20[12]\\d{5}-\\d{4}");
            String ten = Personnummer.digits(pnr).substring(2);
            int sum = 0;
            for (int d = 0; d < 10; d++) {
                int v = (ten.charAt(d) - '0') * (d % 2 == 0 ? 2 : 1);
                sum += v > 9 ? v - 9 : v;
            }
            assertThat(sum % 10).as(pnr).isZero();
            java.time.LocalDate born = java.time.LocalDate.parse(pnr.substring(0, 4) + "-" + pnr.substring(4, 6) + "-" + pnr.substring(6, 8));
            // under 15 today: the guardians' consent suffices for the fixture's decision
            assertThat(java.time.Period.between(born, java.time.LocalDate.now()).getYears()).as(pnr).isBetween(0, 14);
        }
    }
}
