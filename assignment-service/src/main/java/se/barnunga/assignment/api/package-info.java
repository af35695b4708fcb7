/**
 * The REST API of the assignment-service. Its OpenAPI tags are declared here in the routine's order, so that Swagger UI
 * lists the assignment's phases as the staff meet them (Swagger UI keeps the document's order: no tags sorter is
 * configured, and SmallRye does not sort tags that an {@code @OpenAPIDefinition} declares). The phases follow the
 * domain tests {@code UppdragForfraganOchBeslutTest}, {@code UppdragMottagandeOchPlaneringTest},
 * {@code UppdragGenomforandeTest} and {@code UppdragAvslutTest}; then the reads, the code lists and the platform's
 * tags. The info here is required by the annotation; application.properties ({@code quarkus.smallrye-openapi.info-*})
 * sets what the document shows.
 */
@OpenAPIDefinition(info = @Info(title = "assignment-service", version = "0.1.0"), tags = {
        @Tag(name = Taggar.FORFRAGAN, description = "Förfrågan till en utförarenhet, klartecken eller avböjande, samtycke, "
                + "beslut om insats eller utredningsuppdrag, återkallat samtycke och omprövning."),
        @Tag(name = Taggar.PLANERING, description = "Uppdraget skickas och tas emot, ansvarig utförare utses, hinder och "
                + "frågor om uppdraget, förmöte och planeringsmöte."),
        @Tag(name = Taggar.GENOMFORANDE, description = "Start och verkställighet, uppskov, avbrott och återupptagande, "
                + "genomförandeplanen med revisioner, kopior och invändningar, ny information."),
        @Tag(name = Taggar.AVSLUT, description = "Redogörelse, familjen informerad inför avslut, riskbedömning, "
                + "avslutande sammanfattning, avslut av insatsen och uppdraget, återkallelse av beslutet."),
        @Tag(name = Taggar.VISA, description = "Ett uppdrag med historik, checklistan, listan över uppdrag och uppgifter "
                + "för IVO-rapportering."),
        @Tag(name = Taggar.KODLISTOR),
        @Tag(name = Taggar.GRANSKNINGSLOGG),
        @Tag(name = Taggar.DRIFT)
})
package se.barnunga.assignment.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.barnunga.assignment.api.Taggar;
