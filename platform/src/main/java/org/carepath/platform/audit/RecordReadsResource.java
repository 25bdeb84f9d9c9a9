package org.carepath.platform.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.carepath.platform.api.Limits;
import org.carepath.platform.api.Page;
import org.carepath.platform.api.QueryInstants;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.nhs.NhsNumber;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The reads of people's records that this service audited ({@link RecordReads}), as the reading organisation's
 * Caldicott guardian, managers and administrators look into them: what its staff read, of whom, when, and whether
 * it was shown. An organisation sees its own staff's reads only.
 */
@Path("/audit/record-reads")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CALDICOTT_GUARDIAN, Roles.MANAGER, Roles.ADMIN })
public class RecordReadsResource {

    // a plain string: a text block would drop the space this needs before "where"
    private static final String MATCHING = " where organisation = $1 and ($2::text is null or nhs_number = $2)"
            + " and ($3::text is null or user_id = $3) and ($4::timestamptz is null or at >= $4)"
            + " and ($5::timestamptz is null or at < $5)";

    /** One audited read. */
    public record RecordRead(UUID id, Instant at, String userId, String userName, String organisation, String recordKind,
            String target, String nhsNumber, String outcome) {
    }

    private final Pool pool;
    private final CurrentActor actor;

    public RecordReadsResource(Pool pool, CurrentActor actor) {
        this.pool = pool;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "Reads of people's records by the caller's organisation's staff, newest first; by person, member of"
            + " staff and time (from inclusive, to exclusive, ISO instants)")
    public Uni<Page<RecordRead>> list(@RestQuery @NhsNumber String nhsNumber,
            @RestQuery @Size(max = Limits.LABEL) String userId, @RestQuery String from, @RestQuery String to,
            @RestQuery @DefaultValue("0") @Min(0) int page, @RestQuery @DefaultValue("50") @Min(1) @Max(200) int size) {
        CareActor caller = actor.get();
        if (caller.organisation() == null) {
            // the platform's own administrators work for no organisation: refused rather than shown an empty list
            throw new NotPermitted("the audit of reads is shown to an organisation's own guardian or administrator;"
                    + " this token names no organisation");
        }
        OffsetDateTime since = utc(QueryInstants.of("from", from));
        OffsetDateTime before = utc(QueryInstants.of("to", to));
        Supplier<Tuple> matching = () -> Tuple.tuple().addString(caller.organisation()).addString(nhsNumber)
                .addString(userId).addOffsetDateTime(since).addOffsetDateTime(before);
        return Page.firstResult(page, size)
                .chain(first -> pool.preparedQuery("select count(*) from record_read_audit" + MATCHING).execute(matching.get())
                        .chain(counted -> pool.preparedQuery("""
                                select id, at, user_id, user_name, organisation, record_kind, target, nhs_number, outcome
                                  from record_read_audit""" + MATCHING + " order by at desc, id limit $6 offset $7")
                                .execute(matching.get().addInteger(size).addInteger(first))
                                .map(rows -> new Page<>(reads(rows), page, size,
                                        counted.iterator().next().getLong(0)))));
    }

    private static List<RecordRead> reads(Iterable<Row> rows) {
        List<RecordRead> reads = new ArrayList<>();
        for (Row row : rows) {
            reads.add(new RecordRead(row.getUUID("id"), row.getOffsetDateTime("at").toInstant(), row.getString("user_id"),
                    row.getString("user_name"), row.getString("organisation"), row.getString("record_kind"),
                    row.getString("target"), row.getString("nhs_number"), row.getString("outcome")));
        }
        return reads;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
