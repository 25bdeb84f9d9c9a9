package org.carepath.portal.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** insights-service's daily series for the user's own organisation and the region, called with the user's token. */
@RegisterRestClient(configKey = "insights")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ServiceProblems.class)
public interface InsightsApi {

    @GET
    @Path("/insights/metrics")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<List<Metric>> metrics();

    @GET
    @Path("/insights/series")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Series> series(@QueryParam("metric") String metric, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("groupBy") String groupBy);

    @GET
    @Path("/insights/series")
    @Produces("text/csv")
    Uni<String> seriesCsv(@QueryParam("metric") String metric, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("groupBy") String groupBy);

    record Metric(String metric, String name, String unit, List<String> groupBy) {
    }

    record Series(String metric, String unit, LocalDate from, LocalDate to, String groupBy, String organisation,
            List<Row> rows) {
    }

    /** A day's value of one group; null when suppressed (a small number) or when nothing was measured. */
    record Row(LocalDate date, String scope, String group, BigDecimal value, boolean suppressed) {
    }
}
