package org.carepath.portal.web;

import java.net.ConnectException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.carepath.portal.services.OpsApi;
import org.carepath.portal.services.PrometheusText;
import org.carepath.portal.services.ServiceOps;
import org.carepath.portal.services.ServiceProblem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * For role {@code ops}: each service's outbox backlog, its consumers' lag and its dead letters, on one page, where an
 * open dead letter is replayed or discarded with a reason. A service that does not answer is said so on its own line;
 * the others are still shown.
 */
@Path("/ops")
@Produces(MediaType.TEXT_HTML)
public class OpsPages {

    private static final int DEAD_LETTERS_SHOWN = 10;

    private final ServiceOps services;
    private final SecurityIdentity signedIn;

    public OpsPages(ServiceOps services, SecurityIdentity signedIn) {
        this.services = services;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backbone(StaffMember staff, List<ServiceState> services, Settling typed,
                String error, String notice);
    }

    /**
     * @param backlog     outbox rows not yet published (null: the service has no outbox figure)
     * @param lag         records its consumer groups have still to read, all partitions
     * @param deadLetters the newest, open or not; {@code openDeadLetters} counts the open ones among all
     * @param problem     why the service could not be read, in words; null when it could
     */
    public record ServiceState(String service, Double backlog, List<OpsApi.GroupLag> groups, long lag,
            List<OpsApi.DeadLetter> deadLetters, long deadLetterCount, String problem) {

        public String backlogShown() {
            return backlog == null ? "none" : Long.toString(Math.round(backlog));
        }
    }

    /** The dead letter an ops engineer was settling and the reason typed, kept through a refusal. */
    public record Settling(String id, String reason) {

        static final Settling NONE = new Settling(null, "");
    }

    @GET
    public Uni<Response> backbone(@RestQuery String done) {
        String notice = "replay".equals(done) ? "The dead letter was sent back to the consumer that failed."
                : "discard".equals(done) ? "The dead letter was set aside for good." : null;
        return page(200, Settling.NONE, null, notice);
    }

    @POST
    @Path("dead-letters/{service}/replay")
    public Uni<Response> replay(@RestPath String service, @RestForm String id) {
        return settle(service, new Settling(id, ""), "replay", ops -> ops.replay(id));
    }

    @POST
    @Path("dead-letters/{service}/discard")
    public Uni<Response> discard(@RestPath String service, @RestForm String id, @RestForm String reason) {
        Settling typed = new Settling(id, reason == null ? "" : reason.trim());
        if (typed.reason().isEmpty()) {
            return page(400, typed, "Say why the dead letter is set aside for good", null);
        }
        return settle(service, typed, "discard", ops -> ops.discard(id, new OpsApi.Discard(typed.reason())));
    }

    private Uni<Response> settle(String service, Settling typed, String done,
            Function<OpsApi, Uni<OpsApi.DeadLetter>> call) {
        OpsApi ops = services.byService().get(service);
        if (!StaffMember.of(signedIn).watchesTheBackbone() || ops == null || typed.id() == null) {
            return page(ops == null || typed.id() == null ? 404 : 403, Settling.NONE, null, null);
        }
        return call.apply(ops)
                .map(settled -> Response.seeOther(UriBuilder.fromPath("/ops").queryParam("done", done).build()).build())
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    String said = problem.status() == 409 ? "That dead letter was already settled: " + problem.title()
                            .toLowerCase(Locale.UK) + "." : PersonPages.sentence(problem);
                    return page(problem.pageStatus(), typed, said, null);
                });
    }

    private Uni<Response> page(int status, Settling typed, String error, String notice) {
        StaffMember staff = StaffMember.of(signedIn);
        if (!staff.watchesTheBackbone()) {
            return Uni.createFrom().item(Response.status(403)
                    .entity(Templates.backbone(staff, List.of(), Settling.NONE, null, null)).build());
        }
        return Multi.createFrom().iterable(services.byService().entrySet())
                .onItem().transformToUniAndConcatenate(service -> stateOf(service.getKey(), service.getValue()))
                .collect().asList()
                .map(states -> Response.status(status).entity(Templates.backbone(staff, states, typed, error, notice))
                        .build());
    }

    private static Uni<ServiceState> stateOf(String name, OpsApi ops) {
        return Uni.combine().all().unis(ops.metrics(), ops.consumerGroups(), ops.deadLetters(0, DEAD_LETTERS_SHOWN))
                .with((metrics, groups, deadLetters) -> new ServiceState(name,
                        PrometheusText.sum(metrics, "carepath_outbox_pending_rows"), groups,
                        groups.stream().mapToLong(OpsApi.GroupLag::lag).sum(), deadLetters.items(), deadLetters.total(),
                        null))
                .onFailure().recoverWithItem(failure -> new ServiceState(name, null, List.of(), 0, List.of(), 0,
                        failure instanceof ServiceProblem problem ? PersonPages.sentence(problem) : unreachable(failure)));
    }

    /** Why a service could not be read, as an engineer on call would say it. */
    static String unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "it does not answer at its address: is it running? (" + cause.getMessage() + ")";
            }
            // the JDK's, Vert.x's and Mutiny's timeouts share no type but their name
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return "it did not answer in time: it may be overloaded or stuck";
            }
        }
        return "it could not be read: "
                + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }
}
