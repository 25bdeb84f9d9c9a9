package org.carepath.identity.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.carepath.testkit.CarePathTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** The directory reads sectors with platform's array_has: the rows of exactly the values asked for, however many. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class SectorRepositoryTest {

    private static final String QUERY = "array_has(:organisations, organisation)";

    @Inject
    SectorRepository sectors;

    @Test
    void readsTheSectorsOfExactlyTheOrganisationsAskedFor() throws Throwable {
        String acute = learnt("acute");
        String community = learnt("community");
        String council = learnt("social-care");

        assertEquals(Map.of(acute, "acute"), sectorsOf(List.of(acute)));
        assertEquals(Map.of(acute, "acute", community, "community", council, "social-care"),
                sectorsOf(List.of(acute, community, council, "UNKNOWN")));
        // no values match no rows, as "in ()" did, though there are rows
        assertEquals(List.of(),
                inTransaction(() -> sectors.list(QUERY, Parameters.with("organisations", new String[0]))));
    }

    private String learnt(String sector) throws Throwable {
        String organisation = "T" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(() -> sectors.learn(organisation, sector));
        return organisation;
    }

    private Map<String, String> sectorsOf(List<String> organisations) throws Throwable {
        return inTransaction(() -> sectors.of(organisations));
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }
}
