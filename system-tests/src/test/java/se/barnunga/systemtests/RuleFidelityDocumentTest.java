package se.barnunga.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rule-fidelity.md} honest: the table that maps every row of the routine (and of the deadline table,
 * SOSFS 2014:5 and the seed-004 indicators) to the command, event or endpoint that carries it, the role, and the test.
 * A row the system carries must name at least one test – a method ({@code Class#method}) or, where a whole test class
 * holds the rule, the class ({@code Class}) – and every test it names must exist in some module's {@code src/test/java};
 * no row may be left WRONG, MISSING or PARTIAL. A rename of a test therefore fails here until the table follows it.
 */
class RuleFidelityDocumentTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([A-R]\\d+) \\|.*");
    private static final Pattern TEST_REF = Pattern.compile("`([A-Z][A-Za-z0-9]*Test)(?:#([a-z][A-Za-z0-9_]*))?`");
    private static final Pattern TEST_METHOD = Pattern.compile("void\\s+([a-z][A-Za-z0-9_]*)\\s*\\(");
    private static final Set<String> ALLOWED_STATUS = Set.of("OK", "OUTSIDE", "N/A");

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static List<String[]> rows;
    /** Test class simple name → its test method names, from every module's sources. */
    private static final Map<String, Set<String>> TESTS = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        rows = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/rule-fidelity.md"), StandardCharsets.UTF_8)) {
            if (ROW.matcher(line).matches()) {
                String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
                rows.add(cells);
            }
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .forEach(RuleFidelityDocumentTest::index);
        }
    }

    private static void index(Path file) {
        String name = file.getFileName().toString().replace(".java", "");
        try {
            Matcher m = TEST_METHOD.matcher(Files.readString(file, StandardCharsets.UTF_8));
            Set<String> methods = TESTS.computeIfAbsent(name, k -> new HashSet<>());
            while (m.find()) {
                methods.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_row_of_the_review_is_accounted_for_once() {
        List<String> ids = rows.stream().map(r -> r[0].trim()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        // The review of 2026-12-06 has 174 rows: A1–A8, B1–B12, C1–C5, D1–D9, E1–E7, F1–F9, G1–G6, H1–H12, I1–I17,
        // J1–J8, K0–K11, L0–L8, M0–M4, N1–N12, O1–O14, P1–P13, Q1–Q16. Rows added later only grow the table.
        assertThat(ids).hasSizeGreaterThanOrEqualTo(174);
        for (String block : List.of("A8", "B12", "C5", "D9", "E7", "F9", "G6", "H12", "I17", "J8", "K11", "L8", "M4",
                "N12", "O14", "P13", "Q16")) {
            String letter = block.substring(0, 1);
            int last = Integer.parseInt(block.substring(1));
            int first = Set.of("K", "L", "M").contains(letter) ? 0 : 1;
            for (int i = first; i <= last; i++) {
                assertThat(ids).as("row %s%d", letter, i).contains(letter + i);
            }
        }
    }

    @Test
    void no_row_is_wrong_missing_or_partial() {
        for (String[] row : rows) {
            assertThat(status(row)).as("status of row %s", row[0]).isIn(ALLOWED_STATUS);
        }
    }

    @Test
    void every_row_the_system_carries_names_tests_that_exist() {
        for (String[] row : rows) {
            if (!status(row).equals("OK")) {
                continue;
            }
            String tests = row[row.length - 2];
            Matcher m = TEST_REF.matcher(tests);
            int found = 0;
            while (m.find()) {
                found++;
                assertThat(TESTS).as("row %s names the test class %s", row[0], m.group(1)).containsKey(m.group(1));
                if (m.group(2) != null) {
                    assertThat(TESTS.get(m.group(1))).as("row %s names %s#%s", row[0], m.group(1), m.group(2))
                            .contains(m.group(2));
                } else {
                    assertThat(TESTS.get(m.group(1))).as("row %s names the test class %s", row[0], m.group(1)).isNotEmpty();
                }
            }
            assertThat(found).as("row %s names at least one test as `Class#method` or `Class`", row[0]).isPositive();
        }
    }

    /** The table's last column is the status; the one before it the tests. */
    private static String status(String[] row) {
        return row[row.length - 1].trim().replace("**", "");
    }
}
