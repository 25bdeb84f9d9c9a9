package org.carepath.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Audits every read of a person's record made through an {@link AuditedReads} resource: who (user, name,
 * organisation), what (the kind of record, the address read), whose (the NHS number, from the record shown or the
 * search), when, and whether it was shown or not (a 403 or 404 is audited too: a refused look is evidence as well).
 * A read that cannot be audited is not served: the caller gets a 503 instead of the record.
 */
public class RecordReads {

    private static final Logger LOG = Logger.getLogger(RecordReads.class);
    private static final int TARGET_MAX = 1_000;

    private final Pool pool;
    private final Clock clock;
    private final SecurityIdentity identity;
    private final CurrentActor actor;

    public RecordReads(Pool pool, Clock clock, SecurityIdentity identity, CurrentActor actor) {
        this.pool = pool;
        this.clock = clock;
        this.identity = identity;
        this.actor = actor;
    }

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        AuditedReads reads = auditedReads(resource);
        String outcome = outcome(response.getStatus());
        if (reads == null || outcome == null || !HttpMethod.GET.equals(request.getMethod()) || identity.isAnonymous()) {
            return Uni.createFrom().voidItem();
        }
        CareActor reader = actor.get();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String target = request.getUriInfo().getPath() + (query == null ? "" : "?" + query);
        return pool.preparedQuery("""
                insert into record_read_audit (id, at, user_id, user_name, organisation, record_kind, target, nhs_number, outcome)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                .execute(Tuple.tuple()
                        .addUUID(UUID.randomUUID())
                        .addOffsetDateTime(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .addString(reader.userId())
                        .addString(reader.name())
                        .addString(reader.organisation())
                        .addString(reads.value())
                        .addString(target.length() > TARGET_MAX ? target.substring(0, TARGET_MAX) : target)
                        .addString(whose(request, response))
                        .addString(outcome))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("A read of %s could not be audited, so it is not served: %s", target, failure.getMessage());
                    response.setStatus(503);
                    response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, "2");
                    response.setEntity(new Problem("urn:carepath:problem:unavailable", "Service unavailable", 503,
                            "the read could not be audited just now, so it is not shown; retry shortly",
                            request.getUriInfo().getPath(), Map.of()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
                    return null;
                });
    }

    /** Shown (2xx), or not shown (403, 404); anything else read nothing of anyone's. */
    static String outcome(int status) {
        return status >= 200 && status < 300 ? "shown" : status == 403 || status == 404 ? "not-shown" : null;
    }

    /** The person: the record's own NHS number, else the one the search named (ten digits), else none. */
    private static String whose(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof PersonsRecord record) {
            return record.nhsNumber();
        }
        String searched = request.getUriInfo().getQueryParameters().getFirst("nhsNumber");
        return searched != null && searched.matches("\\d{10}") ? searched : null;
    }

    private static AuditedReads auditedReads(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        AuditedReads onMethod = resource.getResourceMethod().getAnnotation(AuditedReads.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(AuditedReads.class);
    }
}
