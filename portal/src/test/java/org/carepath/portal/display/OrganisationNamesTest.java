package org.carepath.portal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.carepath.portal.services.DirectoryApi;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class OrganisationNamesTest {

    private static final DirectoryApi.Organisation HOSPITAL =
            new DirectoryApi.Organisation("RX1", "Northfield Hospitals NHS Trust", "acute", "Northfield");

    @Test
    void theDirectoryIsReadOnceAndThenKept() {
        AtomicInteger reads = new AtomicInteger();
        OrganisationNames names = new OrganisationNames(directory((page, size) -> {
            reads.incrementAndGet();
            return Uni.createFrom().item(new DirectoryApi.Organisations(List.of(HOSPITAL,
                    new DirectoryApi.Organisation("LA1", "Northfield Council", "social-care", "Northfield"),
                    new DirectoryApi.Organisation("RY2", "Eastbrook Community Health", "community", "Eastbrook"),
                    new DirectoryApi.Organisation("VB1", "Home From Hospital", "voluntary", null)), 4));
        }));

        OrganisationNames.Names first = names.current().await().indefinitely();
        names.current().await().indefinitely();

        assertEquals(1, reads.get());
        assertEquals("Northfield Hospitals NHS Trust", first.of("RX1"));
        assertEquals("LA9", first.of("LA9"), "a code the directory does not know is shown as it is");
        assertEquals("Hospital", first.sectorOf("RX1", null), "the directory's sector when the record has none");
        assertEquals("Social care", first.sectorOf("RX1", "social-care"), "the record's own sector first");
        assertEquals(List.of("Eastbrook", "Northfield"), first.areas(), "each area once, in order; none is no area");
    }

    @Test
    void anUnreachableDirectoryLeavesTheCodesAndIsAskedAgain() {
        AtomicInteger reads = new AtomicInteger();
        OrganisationNames names = new OrganisationNames(directory((page, size) -> reads.incrementAndGet() == 1
                ? Uni.createFrom().failure(new IllegalStateException("referrals-service is down"))
                : Uni.createFrom().item(new DirectoryApi.Organisations(List.of(HOSPITAL), 1))));

        assertEquals("RX1", names.current().await().indefinitely().of("RX1"));
        assertEquals("Northfield Hospitals NHS Trust", names.current().await().indefinitely().of("RX1"));
        assertEquals(2, reads.get());
    }

    /** A directory that answers the organisations' pages only: all the names need. */
    private static DirectoryApi directory(BiFunction<Integer, Integer, Uni<DirectoryApi.Organisations>> organisations) {
        return new DirectoryApi() {
            @Override
            public Uni<Organisations> organisations(int page, int size) {
                return organisations.apply(page, size);
            }

            @Override
            public Uni<Services> services(String name, String sector, String area, boolean includeRetired, int page, int size) {
                throw new UnsupportedOperationException("not read for names");
            }

            @Override
            public Uni<Service> service(UUID id) {
                throw new UnsupportedOperationException("not read for names");
            }
        };
    }
}
