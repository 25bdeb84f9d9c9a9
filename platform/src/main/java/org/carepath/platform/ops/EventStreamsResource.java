package org.carepath.platform.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.events.EventCatalog;
import org.carepath.events.Topics;
import org.carepath.platform.api.Limits;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * What ops look at on every service: the event contract (topics, types, the AsyncAPI document), this
 * service's consumer groups with their lag, and a live tail of a topic. Personal payloads only to
 * {@code admin}; {@code ops} alone sees envelopes and positions.
 */
@Path("/ops")
@Tag(name = "Ops")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPS, Roles.ADMIN })
public class EventStreamsResource {

    /** A care topic: the event types on it, the consumer groups reading it and where each parks what it gives up on. */
    public record TopicView(String topic, int partitions, List<String> eventTypes, List<String> consumerGroups,
            List<String> deadLetterTopics) {
    }

    private static final String ASYNCAPI = "asyncapi.yaml";

    private final ServiceChannels channels;
    private final OpsKafka kafka;
    private final Tails tails;
    private final CurrentActor actor;

    public EventStreamsResource(ServiceChannels channels, OpsKafka kafka, Tails tails, CurrentActor actor) {
        this.channels = channels;
        this.kafka = kafka;
        this.tails = tails;
        this.actor = actor;
    }

    @GET
    @Path("topics")
    @Operation(summary = "Every care topic with its event types, consumer groups and dead-letter topics (events/: Topics, EventCatalog)")
    public List<TopicView> topics() {
        return Topics.ALL.stream()
                .map(topic -> new TopicView(topic, Topics.PARTITIONS,
                        EventCatalog.ENTRIES.stream().filter(entry -> entry.topic().equals(topic)).map(EventCatalog.Entry::type)
                                .toList(),
                        Topics.CONSUMER_GROUPS.get(topic),
                        Topics.CONSUMER_GROUPS.get(topic).stream().map(group -> Topics.deadLetter(topic, group)).toList()))
                .toList();
    }

    @GET
    @Path(ASYNCAPI)
    @Produces("application/yaml")
    @Operation(summary = "The AsyncAPI document of every CarePath event; its schemas are under /ops/schemas/")
    public String asyncApi() {
        return resource(ASYNCAPI);
    }

    @GET
    @Path("schemas/{name}")
    @Operation(summary = "A JSON Schema the AsyncAPI document refers to, e.g. referral.submitted.schema.json")
    public String schema(@RestPath @Size(max = Limits.LABEL) String name) {
        if (!name.matches("[a-z-]+(\\.[a-z-]+)?\\.schema\\.json")) {
            throw ProblemException.notFound("no schema " + name);
        }
        return resource("schemas/" + name);
    }

    @GET
    @Path("consumer-groups")
    @Operation(summary = "This service's consumer groups: state, members, and per partition the committed offset, "
            + "end offset and lag, from the broker")
    public Uni<List<OpsKafka.GroupLag>> consumerGroups() {
        return onWorker(() -> kafka.lag(channels.all()));
    }

    @GET
    @Path("tail")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-Sent Events: a care topic's records from now on (or from 'since'), filtered by event type "
            + "and key, with envelope and position; each event's data only for admin, every one shown audited; "
            + "429 when carepath.ops.max-tails are open")
    public Multi<TailEvent> tail(@RestQuery @NotBlank @Size(max = Limits.LABEL) String topic,
            @RestQuery @Size(max = Limits.LABEL) String type,
            @RestQuery @Size(max = Limits.LABEL) String key,
            @RestQuery @Size(max = Limits.CODE_NAME) String since) {
        if (!Topics.ALL.contains(topic)) {
            throw ProblemException.invalid("topic", "is not a care topic; one of " + Topics.ALL);
        }
        if (type != null && EventCatalog.find(type).filter(entry -> entry.topic().equals(topic)).isEmpty()) {
            throw ProblemException.invalid("type", "is not an event type of " + topic);
        }
        Instant from = instant(since);
        CareActor caller = actor.get();
        if (!tails.reserve()) {
            throw new ProblemException(429, "too-many-tails", "Too many tails",
                    "every live tail of this service is in use; close one, or try again later");
        }
        return tails.open(new Tails.Request(topic, type, key, from, mayReadPayloads(caller), caller));
    }

    /** Who may see the personal payload of an event: the platform's administrators, never ops alone. */
    static boolean mayReadPayloads(CareActor caller) {
        return caller.hasRole(Roles.ADMIN);
    }

    private static Instant instant(String since) {
        try {
            return since == null ? null : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("since", "is not an instant such as 2026-11-20T09:00:00Z");
        }
    }

    private static String resource(String path) {
        try (InputStream in = EventCatalog.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw ProblemException.notFound("no " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Uni<T> onWorker(Supplier<T> blocking) {
        return Uni.createFrom().item(blocking).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
