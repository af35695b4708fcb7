package se.barnunga.platform.api;

/**
 * The checks every text a client sends passes before it can reach the domain or PostgreSQL: no control characters
 * (PostgreSQL refuses a NUL in text, and a projection that meets one stops), no unpaired UTF-16 surrogates (they have no
 * UTF-8 form), and an outer length bound. Written here because it is three loops over a string; no library states these
 * exact rules (PostgreSQL's, not Unicode's notion of valid text).
 */
public final class TextRules {

    /** The rule names used in {@code violations[].rule}. */
    public static final String CONTROL_CHARACTER = "ControlCharacter";
    public static final String UNPAIRED_SURROGATE = "UnpairedSurrogate";
    public static final String TOO_LONG = "TooLong";

    /** One broken rule, with its Swedish message. */
    public record Broken(String rule, String message) {
    }

    private TextRules() {
    }

    /**
     * The first rule {@code text} breaks, or {@code null}.
     *
     * @param lineBreaks whether tab, CR and LF are allowed (free text in bodies may have lines; parameters may not)
     * @param maxLength  the longest allowed text, in UTF-16 chars
     */
    public static Broken check(String text, boolean lineBreaks, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            return new Broken(TOO_LONG, "texten får vara högst " + maxLength + " tecken");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return new Broken(CONTROL_CHARACTER, lineBreaks
                        ? "texten får inte innehålla styrtecken (utom tabb och radbrytning)"
                        : "värdet får inte innehålla styrtecken");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return new Broken(UNPAIRED_SURROGATE, "texten innehåller ett ofullständigt Unicode-tecken (ensamt surrogat)");
            }
            if (Character.isLowSurrogate(c)) {
                return new Broken(UNPAIRED_SURROGATE, "texten innehåller ett ofullständigt Unicode-tecken (ensamt surrogat)");
            }
        }
        return null;
    }

    /** C0 controls (U+0000–U+001F), DEL (U+007F) and the C1 controls (U+0080–U+009F): never part of a text of the routine. */
    static boolean isControl(char c) {
        return Character.isISOControl(c);
    }
}
