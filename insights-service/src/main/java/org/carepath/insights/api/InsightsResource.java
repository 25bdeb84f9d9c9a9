package org.carepath.insights.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.insights.series.InsightsSeries;
import org.carepath.insights.series.Metric;
import org.carepath.insights.series.Series;
import org.carepath.insights.series.SeriesRequest;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/**
 * Daily aggregates for managers. They name no person and are built from no one's record (small numbers
 * are suppressed), so reads here are not audited as reads of a person's record.
 */
@Path("/insights")
@Tag(name = "Insights")
@RolesAllowed(Roles.MANAGER)
public class InsightsResource {

    static final String CSV = "text/csv";

    private final InsightsSeries insights;
    private final CurrentActor actor;

    public InsightsResource(InsightsSeries insights, CurrentActor actor) {
        this.insights = insights;
        this.actor = actor;
    }

    @GET
    @Path("/series")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "A metric's daily values (Europe/London days, both ends included, at most 366) for the caller's"
            + " organisation grouped by organisation, team, sector, locality, reason or pathway, and the region's totals;"
            + " counts of 1-4 and medians/p90s of fewer than 5 referrals are suppressed. JSON, or CSV by Accept: text/csv"
            + " or format=csv (a download)")
    public Uni<Response> series(@RestQuery @Size(max = 40) String metric, @RestQuery LocalDate from,
            @RestQuery LocalDate to, @RestQuery @Size(max = 20) String groupBy, @RestQuery @Size(max = 10) String format,
            HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        SeriesRequest request = SeriesRequest.of(metric, from, to, groupBy);
        return insights.series(actor.get(), request).map(series -> csv ? csv(series) : Response.ok(series, MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/metrics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The metrics kept, each with its unit and the groupings it takes")
    public List<MetricView> metrics() {
        return Arrays.stream(Metric.values())
                .map(metric -> new MetricView(metric.code(), metric.title(), metric.kind().unit(), metric.groupingCodes()))
                .toList();
    }

    /** A metric as clients choose one, with its name in words. */
    public record MetricView(String metric, String name, String unit, List<String> groupBy) {
    }

    private static Response csv(Series series) {
        return Response.ok(series.toCsv(), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + series.fileName() + "\"")
                .build();
    }

    // format=csv wins (a download link cannot set Accept); otherwise the first of JSON and CSV the caller accepts
    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw InvalidInput.field("format", "must be csv or json");
            };
        }
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(MediaType.valueOf(CSV)))
                .findFirst()
                .map(type -> !type.isWildcardType() && type.isCompatible(MediaType.valueOf(CSV)))
                .orElse(false);
    }
}
