package org.carepath.portal.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.portal.services.OpsApi;
import org.carepath.portal.services.PrometheusText;
import org.carepath.portal.services.ServiceOps;
import org.carepath.portal.services.ServiceProblem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * For role {@code ops}: each service's outbox backlog, its consumers' lag and its dead letters, on one page. A
 * service that does not answer is said so on its own line; the others are still shown.
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
        static native TemplateInstance backbone(StaffMember staff, List<ServiceState> services);
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

    @GET
    public Uni<Response> backbone() {
        StaffMember staff = StaffMember.of(signedIn);
        if (!staff.watchesTheBackbone()) {
            return Uni.createFrom().item(Response.status(403).entity(Templates.backbone(staff, List.of())).build());
        }
        return Multi.createFrom().iterable(services.byService().entrySet())
                .onItem().transformToUniAndConcatenate(service -> stateOf(service.getKey(), service.getValue()))
                .collect().asList()
                .map(states -> Response.ok(Templates.backbone(staff, states)).build());
    }

    private static Uni<ServiceState> stateOf(String name, OpsApi ops) {
        return Uni.combine().all().unis(ops.metrics(), ops.consumerGroups(), ops.deadLetters(0, DEAD_LETTERS_SHOWN))
                .with((metrics, groups, deadLetters) -> new ServiceState(name,
                        PrometheusText.sum(metrics, "carepath_outbox_pending_rows"), groups,
                        groups.stream().mapToLong(OpsApi.GroupLag::lag).sum(), deadLetters.items(), deadLetters.total(),
                        null))
                .onFailure().recoverWithItem(failure -> new ServiceState(name, null, List.of(), 0, List.of(), 0,
                        failure instanceof ServiceProblem problem ? PersonPages.sentence(problem)
                                : "not reachable: " + failure.getClass().getSimpleName()));
    }
}
