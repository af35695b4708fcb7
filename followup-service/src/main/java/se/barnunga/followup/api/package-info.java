/**
 * The REST API of the followup-service. Its OpenAPI tags are declared here in order – the follow-up, then the
 * platform's tags – which Swagger UI keeps (no tags sorter is configured, and SmallRye does not sort tags an
 * {@code @OpenAPIDefinition} declares). The info here is required by the annotation; application.properties
 * ({@code quarkus.smallrye-openapi.info-*}) sets what the document shows.
 */
@OpenAPIDefinition(info = @Info(title = "followup-service", version = "0.1.0"), tags = {
        @Tag(name = "Uppföljning", description = "Uppföljningsmöten, utförarens sammanfattning, bedömningar på BBIC:s "
                + "skala, utfall, ny utredning, klagomål och synpunkter, avslutningsmöte; listor, checklistor och statistik."),
        @Tag(name = "Granskningslogg"),
        @Tag(name = "Drift")
})
package se.barnunga.followup.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
