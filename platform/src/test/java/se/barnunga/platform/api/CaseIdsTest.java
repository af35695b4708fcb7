package se.barnunga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.NotFoundException;

import org.junit.jupiter.api.Test;

class CaseIdsTest {

    @Test
    void a_uuid_is_given_in_its_canonical_lower_case_form() {
        assertThat(CaseIds.uuidOr404("3F2504E0-4F89-11D3-9A0C-0305E82C3301", "Finns inte."))
                .isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }

    @Test
    void an_id_that_is_not_a_uuid_is_404_with_the_given_detail() {
        assertThatThrownBy(() -> CaseIds.uuidOr404("inte-ett-id", "Uppdraget finns inte."))
                .isInstanceOf(NotFoundException.class).hasMessage("Uppdraget finns inte.");
    }
}
