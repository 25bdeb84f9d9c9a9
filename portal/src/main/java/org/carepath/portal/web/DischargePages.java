package org.carepath.portal.web;

import java.time.LocalDate;
import java.util.function.Function;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.portal.display.OrganisationNames;
import org.carepath.portal.display.TypedDates;
import org.carepath.portal.services.DischargeApi;
import org.carepath.portal.services.ServiceProblem;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The discharge board of the user's hospital (or one ward), and the daily sitrep with its CSV. */
@Path("/")
public class DischargePages {

    private static final String DATE_HINT = "Enter the date " + TypedDates.AS_A_DAY;

    private final DischargeApi discharge;
    private final OrganisationNames organisations;
    private final SecurityIdentity signedIn;

    public DischargePages(@RestClient DischargeApi discharge, OrganisationNames organisations, SecurityIdentity signedIn) {
        this.discharge = discharge;
        this.organisations = organisations;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(StaffMember staff, DischargeApi.Board board, OrganisationNames.Names names,
                String ward, String error);

        static native TemplateInstance sitrep(StaffMember staff, DischargeApi.Sitrep sitrep, OrganisationNames.Names names,
                String date, String error);
    }

    @GET
    @Path("board")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> board(@RestQuery String ward) {
        String asked = ward == null || ward.isBlank() ? null : ward.trim();
        return discharge.board(asked)
                .chain(board -> organisations.current()
                        .map(names -> Response.ok(Templates.board(staff(), board, names, asked, null)).build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure ->
                        refused((ServiceProblem) failure, said -> Templates.board(staff(), null, null, asked, said)));
    }

    @GET
    @Path("sitrep")
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> sitrep(@RestQuery String date) {
        if (!isDay(date)) {
            return Uni.createFrom().item(Response.status(400)
                    .entity(Templates.sitrep(staff(), null, null, date, DATE_HINT)).build());
        }
        LocalDate day = dayOf(date);
        return discharge.sitrep(day)
                .chain(sitrep -> organisations.current().map(names ->
                        Response.ok(Templates.sitrep(staff(), sitrep, names, sitrep.date().toString(), null)).build()))
                .onFailure(ServiceProblem.class).recoverWithItem(failure ->
                        refused((ServiceProblem) failure, said -> Templates.sitrep(staff(), null, null, date, said)));
    }

    /** The sitrep as the service writes it, to download: a spreadsheet opens it as it is. */
    @GET
    @Path("sitrep.csv")
    @Produces("text/csv")
    public Uni<Response> sitrepCsv(@RestQuery String date) {
        if (!isDay(date)) {
            return Uni.createFrom().item(Response.status(400).type(MediaType.TEXT_PLAIN).entity(DATE_HINT).build());
        }
        LocalDate day = dayOf(date);
        String name = "sitrep-" + (day == null ? "today" : day.toString()) + ".csv";
        return discharge.sitrepCsv(day)
                .map(csv -> Response.ok(csv, "text/csv")
                        .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build())
                .onFailure(ServiceProblem.class).recoverWithItem(failure -> Response
                        .status(((ServiceProblem) failure).pageStatus()).type(MediaType.TEXT_PLAIN)
                        .entity(PersonPages.sentence((ServiceProblem) failure)).build());
    }

    /** Blank (today) or a day, typed as the portal's other date fields take it. */
    private static boolean isDay(String date) {
        return date == null || date.isBlank() || TypedDates.day(date).isPresent();
    }

    /** The day asked for; null for today, which discharge-service takes in London's time. */
    private static LocalDate dayOf(String date) {
        return TypedDates.day(date).orElse(null);
    }

    private static Response refused(ServiceProblem problem, Function<String, TemplateInstance> page) {
        String said = problem.status() == 403 ? "The board and the sitrep are for the staff of a hospital."
                : PersonPages.sentence(problem);
        return Response.status(problem.pageStatus()).entity(page.apply(said)).build();
    }

    private StaffMember staff() {
        return StaffMember.of(signedIn);
    }
}
