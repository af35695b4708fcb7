package se.barnunga.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of PromQL's lexical structure to find the metrics an expression reads and how each is aggregated – no
 * PromQL parser exists for Java; promtool (Go) checks the real syntax where it is installed
 * ({@code MonitoringConfigTest}). Grafana's variables ({@code $service}, {@code $__rate_interval}) only occur inside
 * label matchers and ranges, which are blanked out before names are looked for.
 */
final class PromQl {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");

    private PromQl() {
    }

    /** The metric names the expression selects, in order of appearance. */
    static Set<String> metrics(String expr) {
        String s = blank(expr);
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String id = m.group();
            if (m.start() > 0 && (Character.isDigit(s.charAt(m.start() - 1)) || s.charAt(m.start() - 1) == '.')) {
                continue; // a number's or a duration's tail (5m, 1e3)
            }
            int next = m.end();
            while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            boolean call = next < s.length() && s.charAt(next) == '(';
            if (!call && !KEYWORDS.contains(id.toLowerCase())) {
                names.add(id);
            }
        }
        return names;
    }

    /**
     * The aggregation or function directly around each selector of the metric ({@code max}, {@code sum}, {@code rate}
     * …), or {@code ""} for a selector not inside any call.
     */
    static List<String> enclosing(String expr, String metric) {
        String s = blank(expr);
        List<String> around = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![a-zA-Z0-9_:])" + Pattern.quote(metric) + "(?![a-zA-Z0-9_:])").matcher(s);
        while (m.find()) {
            int depth = 0;
            int open = -1;
            for (int i = m.start() - 1; i >= 0; i--) {
                char c = s.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(') {
                    if (depth == 0) {
                        open = i;
                        break;
                    }
                    depth--;
                }
            }
            if (open < 0) {
                around.add("");
                continue;
            }
            String before = s.substring(0, open).stripTrailing();
            Matcher name = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*$").matcher(before);
            around.add(name.find() ? name.group(1) : "");
        }
        return around;
    }

    /** Whether parentheses, braces and brackets are balanced (outside strings). */
    static boolean balanced(String expr) {
        String s = strings(expr);
        int round = 0;
        int curly = 0;
        int square = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '{' -> curly++;
                case '}' -> curly--;
                case '[' -> square++;
                case ']' -> square--;
                default -> { }
            }
            if (round < 0 || curly < 0 || square < 0) {
                return false;
            }
        }
        return round == 0 && curly == 0 && square == 0;
    }

    /** Strings, label matchers, ranges and grouping clauses replaced by nothing, so only names and calls remain. */
    private static String blank(String expr) {
        String s = strings(expr);
        s = s.replaceAll("\\{[^{}]*\\}", " ").replaceAll("\\[[^\\[\\]]*\\]", " ");
        String before;
        do {
            before = s;
            s = GROUPING.matcher(s).replaceAll(" ");
        } while (!s.equals(before));
        return s;
    }

    private static String strings(String expr) {
        return expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''")
                .replaceAll("`[^`]*`", "``");
    }
}
