/**
 * The REST API of the concern-service. Its OpenAPI tags are declared here in the routine's order – the concern, then
 * the absences that route it, then the platform's tags – which Swagger UI keeps (no tags sorter is configured, and
 * SmallRye does not sort tags an {@code @OpenAPIDefinition} declares). The info here is required by the annotation;
 * application.properties ({@code quarkus.smallrye-openapi.info-*}) sets what the document shows.
 */
@OpenAPIDefinition(info = @Info(title = "concern-service", version = "0.1.0"), tags = {
        @Tag(name = "Oro", description = "Information om oro för barn: inlämning, mottagande, vidarebefordran, "
                + "skyddsbedömning, återkoppling och förhandsbedömning; inkorgar, oro per barn och avvikelseregistret."),
        @Tag(name = "Frånvaro", description = "Socialsekreterares frånvaro: under frånvaron går oro om deras barn till "
                + "mottagningen."),
        @Tag(name = "Granskningslogg"),
        @Tag(name = "Drift")
})
package se.barnunga.concern.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
