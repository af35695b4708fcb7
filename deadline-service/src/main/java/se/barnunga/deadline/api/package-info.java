/**
 * The REST API of the deadline-service. Its OpenAPI tags are declared here in order – the watches and their rules, the
 * IVO report, the quality indicators, then the platform's tags – which Swagger UI keeps (no tags sorter is configured,
 * and SmallRye does not sort tags an {@code @OpenAPIDefinition} declares). The info here is required by the
 * annotation; application.properties ({@code quarkus.smallrye-openapi.info-*}) sets what the document shows.
 */
@OpenAPIDefinition(info = @Info(title = "deadline-service", version = "0.1.0"), tags = {
        @Tag(name = "Bevakningar", description = "Öppna och passerade bevakningar, ett ärendes bevakningar med historik, "
                + "kvittering av larm."),
        @Tag(name = "Bevakningsregler", description = "Varje frist som bevakas, som data."),
        @Tag(name = "IVO-rapportering", description = "IVO:s kvartalsrapport som JSON och CSV, inlämning och statistik."),
        @Tag(name = "Kvalitetsindikatorer", description = "Uppföljningsplanens kvalitetsindikatorer per enhet och period."),
        @Tag(name = "Granskningslogg"),
        @Tag(name = "Drift")
})
package se.barnunga.deadline.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
