package org.carepath.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.portal.display.OrganisationNames;
import org.carepath.portal.display.TypedDates;
import org.carepath.portal.display.Wording;
import org.carepath.portal.services.InsightsApi;
import org.carepath.portal.services.ServiceProblem;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A manager's figures: one metric over a range of days, as a chart and a table, with its CSV. */
@Path("/")
public class InsightsPages {

    private static final String DATE_HINT = "Enter both dates " + TypedDates.AS_A_DAY;
    /** Four weeks up to today unless the manager asks for other days. */
    private static final int DEFAULT_DAYS = 28;

    private final InsightsApi insights;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;
    private final Clock clock;

    public InsightsPages(@RestClient InsightsApi insights, OrganisationNames organisations, SecurityIdentity signedIn,
            Clock clock) {
        this.insights = insights;
        this.organisations = organisations;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** What the manager asked for, as the form shows it again. */
    public record Question(String metric, String from, String to, String groupBy) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance insights(StaffMember staff, List<InsightsApi.Metric> metrics, List<String> groupings,
                Question question, InsightsApi.Series series, InsightsChart chart, String csvLink, String error);
    }

    @GET
    @Path("insights")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> insights(@RestQuery String metric, @RestQuery String from, @RestQuery String to,
            @RestQuery String groupBy) {
        Question question = question(metric, from, to, groupBy);
        return insights.metrics().chain(metrics -> {
            if (!isDay(question.from()) || !isDay(question.to())) {
                return Uni.createFrom().item(Response.status(400).entity(Templates.insights(staff(), metrics,
                        groupings(metrics, question), question, null, null, null, DATE_HINT)).build());
            }
            return insights.series(question.metric(), day(question.from()), day(question.to()), question.groupBy())
                    .chain(series -> organisations.current().map(names -> Response.ok(Templates.insights(staff(), metrics,
                            groupings(metrics, question), question, series,
                            InsightsChart.of(series, group -> named(series, group, names)), csvLink(question), null))
                            .build()))
                    .onFailure(ServiceProblem.class).recoverWithItem(failure -> Response
                            .status(((ServiceProblem) failure).pageStatus())
                            .entity(Templates.insights(staff(), metrics, groupings(metrics, question), question, null, null, null,
                                    PersonPages.sentence((ServiceProblem) failure)))
                            .build());
        }).onFailure(ServiceProblem.class).recoverWithItem(failure -> Response
                .status(((ServiceProblem) failure).pageStatus())
                .entity(Templates.insights(staff(), List.of(), List.of(), question, null, null, null,
                        ((ServiceProblem) failure).status() == 403 ? "Insights are for managers."
                                : PersonPages.sentence((ServiceProblem) failure)))
                .build());
    }

    /** The series as insights-service writes it, to download. */
    @GET
    @Path("insights.csv")
    @Produces("text/csv")
    public Uni<Response> csv(@RestQuery String metric, @RestQuery String from, @RestQuery String to,
            @RestQuery String groupBy) {
        Question question = question(metric, from, to, groupBy);
        if (!isDay(question.from()) || !isDay(question.to())) {
            return Uni.createFrom().item(Response.status(400).type(MediaType.TEXT_PLAIN).entity(DATE_HINT).build());
        }
        String name = "insights-" + question.metric() + "-" + question.groupBy() + "-" + question.from() + "-to-"
                + question.to() + ".csv";
        return insights.seriesCsv(question.metric(), day(question.from()), day(question.to()),
                        question.groupBy())
                .map(csv -> Response.ok(csv, "text/csv")
                        .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                        .build())
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> Response
                        .status(((ServiceProblem) failure).pageStatus()).type(MediaType.TEXT_PLAIN)
                        .entity(PersonPages.sentence((ServiceProblem) failure)).build());
    }

    // organisations by name; teams, sectors, areas, reasons and pathways are shown as the services name them
    private static String named(InsightsApi.Series series, String group, OrganisationNames.Names names) {
        return "organisation".equals(series.groupBy()) ? names.of(group) : group;
    }

    private Question question(String metric, String from, String to, String groupBy) {
        LocalDate today = LocalDate.now(clock.withZone(Wording.LONDON));
        return new Question(blankOr(metric, "referrals-received"),
                blankOr(from, today.minusDays(DEFAULT_DAYS - 1).toString()), blankOr(to, today.toString()),
                blankOr(groupBy, "organisation"));
    }

    /** The groupings the chosen metric takes, for the form to offer. */
    private static List<String> groupings(List<InsightsApi.Metric> metrics, Question question) {
        return metrics.stream()
                .filter(metric -> metric.metric().equals(question.metric()))
                .findFirst()
                .map(InsightsApi.Metric::groupBy)
                .orElse(List.of(question.groupBy()));
    }

    private static String csvLink(Question question) {
        return "/insights.csv?metric=" + encoded(question.metric()) + "&from=" + encoded(question.from()) + "&to="
                + encoded(question.to()) + "&groupBy=" + encoded(question.groupBy());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.trim();
    }

    private static boolean isDay(String date) {
        return TypedDates.day(date).isPresent();
    }

    private static LocalDate day(String checked) {
        return TypedDates.day(checked).orElseThrow();
    }

    private StaffMember staff() {
        return StaffMember.of(signedIn);
    }
}
