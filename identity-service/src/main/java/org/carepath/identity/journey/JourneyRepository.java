package org.carepath.identity.journey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class JourneyRepository implements PanacheRepositoryBase<JourneyEntry, UUID> {

    /*
     * The page is read with the SQL client, not the ORM: a reader's list of NHS numbers would make Hibernate
     * translate the query afresh on every read (a plan with a multi-valued parameter is never cached) and
     * hydrate and dirty-check fifty entities it never changes. One statement answers the page, its total and the
     * sector of each entry's organisation.
     */
    private static final String PAGE = """
            select e.id, e.nhs_number, e.event_id, e.event_type, e.occurred_at, e.organisation, e.team, e.actor, e.summary,
                   e.recorded_at, e.projected_at, e.source_topic, sector.sector, count(*) over () as total
              from journey_entry e left join organisation_sector sector on sector.organisation = e.organisation
             where e.nhs_number = any($1::bpchar[])
               and ($2::timestamptz is null or e.occurred_at >= $2)
               and ($3::timestamptz is null or e.occurred_at < $3)
               and (cardinality($4::text[]) = 0 or e.event_type = any($4::text[]))
               and ($5::text is null or e.organisation in (select s.organisation from organisation_sector s where s.sector = $5))
               and ($6::text is null or e.organisation = $6)
               and (e.organisation is null or not e.organisation = any($7::text[]))
               and (e.organisation is null or e.organisation not in
                      (select s.organisation from organisation_sector s where s.sector = any($8::text[])))
             order by e.occurred_at, e.recorded_at, e.event_id
             limit $9 offset $10""";

    private final Pool pool;

    public JourneyRepository(Pool pool) {
        this.pool = pool;
    }

    /** One page of the person's entries (all their NHS numbers), oldest first, as the reader may see them. */
    Uni<JourneyPage> page(List<String> nhsNumbers, JourneyFilter filter, Visibility visibility, int page, int size) {
        var preferences = visibility.preferences();
        boolean onlyReaders = visibility.readerObjectedTo();
        return Page.firstResult(page, size)
                .chain(first -> pool.preparedQuery(PAGE).execute(Tuple.tuple()
                        .addArrayOfString(nhsNumbers.toArray(String[]::new))
                        .addOffsetDateTime(utc(filter.from()))
                        .addOffsetDateTime(utc(filter.to()))
                        .addArrayOfString(filter.types().toArray(String[]::new))
                        .addString(filter.sector())
                        .addString(onlyReaders ? visibility.readerOrganisation() : null)
                        .addArrayOfString(onlyReaders ? new String[0] : preferences.organisations().toArray(String[]::new))
                        .addArrayOfString(onlyReaders ? new String[0] : preferences.sectors().toArray(String[]::new))
                        .addInteger(size)
                        .addInteger(first)))
                .chain(rows -> rows.size() == 0 && page > 0
                        // past the end: the total still says how many there are
                        ? page(nhsNumbers, filter, visibility, 0, 1)
                                .map(first -> new JourneyPage(new Page<>(List.of(), page, size, first.entries().total()), Map.of()))
                        : Uni.createFrom().item(pageOf(rows, page, size)));
    }

    private static JourneyPage pageOf(RowSet<Row> rows, int page, int size) {
        var entries = new ArrayList<JourneyEntry>(rows.size());
        var sectors = new HashMap<String, String>();
        long total = 0;
        for (Row row : rows) {
            JourneyEntry entry = JourneyEntry.read(row);
            entries.add(entry);
            if (row.getString("sector") != null) {
                sectors.put(entry.organisation(), row.getString("sector"));
            }
            total = row.getLong("total");
        }
        return new JourneyPage(new Page<>(entries, page, size, total), sectors);
    }

    /** A page of entries, with the sector of each organisation on it where known. */
    record JourneyPage(Page<JourneyEntry> entries, Map<String, String> sectors) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
