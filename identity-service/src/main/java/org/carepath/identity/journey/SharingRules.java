package org.carepath.identity.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.consent.ObjectionRepository;
import org.carepath.identity.consent.SharingObjection;
import org.carepath.identity.consent.SharingPreferences;
import org.carepath.identity.directory.SectorRepository;
import org.carepath.identity.person.PersonStatement;
import org.carepath.platform.security.CareActor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The person's sharing preferences applied to one reader. */
@ApplicationScoped
public class SharingRules {

    /*
     * A reader's journey is read with the SQL client once the read is audited, outside the ORM's session (see
     * JourneyReader), so its preferences are too: one statement for the standing objections and the reader's sector.
     */
    private static final PersonStatement FOR_READER = PersonStatement.of("""
            select (select sector from organisation_sector where organisation = $2) as reader_sector,
                   array(select target from sharing_objection where nhs_number = any(cast($1 as bpchar[]))
                         and withdrawn_at is null and scope = $3) as organisations,
                   array(select target from sharing_objection where nhs_number = any(cast($1 as bpchar[]))
                         and withdrawn_at is null and scope = $4) as sectors""");

    private final ObjectionRepository objections;
    private final SectorRepository sectors;
    private final Pool pool;

    public SharingRules(ObjectionRepository objections, SectorRepository sectors, Pool pool) {
        this.objections = objections;
        this.sectors = sectors;
        this.pool = pool;
    }

    /** For a reader of the journey: outside any ORM session. */
    Uni<Visibility> visibilityFor(List<String> nhsNumbers, CareActor reader) {
        return pool.preparedQuery(FOR_READER.sql(nhsNumbers))
                .execute(Tuple.of(FOR_READER.numbers(nhsNumbers), reader.organisation(), SharingObjection.ORGANISATION,
                        SharingObjection.SECTOR))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    // copyOf: the same objection may have been recorded twice
                    var preferences = new SharingPreferences(Set.copyOf(Arrays.asList(row.getArrayOfStrings("organisations"))),
                            Set.copyOf(Arrays.asList(row.getArrayOfStrings("sectors"))));
                    return new Visibility(preferences, reader.organisation(), row.getString("reader_sector"));
                });
    }

    /**
     * Whether the reader organisation is shown what the other one recorded about the person, as the journey
     * shows its entries: e.g. whether an event about the person may be sent to the reader's webhook.
     */
    public Uni<Boolean> shows(List<String> nhsNumbers, String readerOrganisation, String recordedBy) {
        return visibilityFor(nhsNumbers, readerOrganisation)
                .chain(visibility -> sectors.sectorOf(recordedBy)
                        .map(sector -> visibility.shows(recordedBy, sector)));
    }

    // inside the consumer's transaction, with the ORM's connection
    private Uni<Visibility> visibilityFor(List<String> nhsNumbers, String readerOrganisation) {
        return objections.standing(nhsNumbers)
                .map(SharingPreferences::of)
                .chain(preferences -> sectors.sectorOf(readerOrganisation)
                        .map(sector -> new Visibility(preferences, readerOrganisation, sector)));
    }
}
