package org.carepath.portal.display;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.portal.services.DirectoryApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Organisations' names by ODS code, from the directory: pages show "Riverside Hospital", not "RX1". Read whole
 * and kept for a few minutes, since a page names many organisations and the directory changes seldom; a code the
 * directory does not know is shown as it is.
 */
@ApplicationScoped
public class OrganisationNames {

    private static final Duration FRESH = Duration.ofMinutes(5);
    private static final int PAGE = 200;

    private final DirectoryApi directory;
    private volatile Names known = new Names(Map.of(), Long.MIN_VALUE);

    public OrganisationNames(@RestClient DirectoryApi directory) {
        this.directory = directory;
    }

    /** The names, read again when older than a few minutes; an unreachable directory leaves the codes. */
    public Uni<Names> current() {
        Names names = known;
        if (System.nanoTime() - names.readAt() < FRESH.toNanos()) {
            return Uni.createFrom().item(names);
        }
        return Multi.createBy().repeating()
                .uni(() -> new int[] {0}, page -> directory.organisations(page[0]++, PAGE))
                .whilst(found -> found.items().size() == PAGE)
                .collect().in(HashMap<String, String>::new,
                        (map, found) -> found.items().forEach(organisation -> map.put(organisation.odsCode(), organisation.name())))
                .map(map -> known = new Names(Map.copyOf(map), System.nanoTime()))
                .onFailure().recoverWithItem(names);
    }

    /** @param readAt {@link System#nanoTime()} when read, for freshness only */
    public record Names(Map<String, String> byCode, long readAt) {

        public String of(String odsCode) {
            return odsCode == null ? "" : byCode.getOrDefault(odsCode, odsCode);
        }
    }
}
