package se.barnunga.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A string in a request body breaks a {@link TextRules} rule. Jackson adds the JSON path as it unwinds, and
 * {@link ProblemMappers} answers 400 naming that path and the rule.
 */
public class InvalidTextException extends JsonMappingException {

    private final transient TextRules.Broken broken;

    InvalidTextException(JsonParser parser, TextRules.Broken broken) {
        super(parser, broken.message());
        this.broken = broken;
    }

    public String rule() {
        return broken.rule();
    }

    public String reason() {
        return broken.message();
    }
}
