package org.carepath.portal.display;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.portal.services.DirectoryApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Organisations' names (and sectors) by ODS code, from the directory: pages show "Riverside Hospital", not "RX1". Read whole
 * and kept for a few minutes, since a page names many organisations and the directory changes seldom; a code the
 * directory does not know is shown as it is.
 */
@ApplicationScoped
public class OrganisationNames {

    private static final Duration FRESH = Duration.ofMinutes(5);
    private static final int PAGE = 200;

    private final DirectoryApi directory;
    /** Null until the directory has been read once. */
    private volatile Names known;

    public OrganisationNames(@RestClient DirectoryApi directory) {
        this.directory = directory;
    }

    /** The names, read again when older than a few minutes; an unreachable directory leaves the codes. */
    public Uni<Names> current() {
        Names names = known;
        if (names != null && System.nanoTime() - names.readAt() < FRESH.toNanos()) {
            return Uni.createFrom().item(names);
        }
        return Multi.createBy().repeating()
                .uni(() -> new int[] {0}, page -> directory.organisations(page[0]++, PAGE))
                .whilst(found -> found.items().size() == PAGE)
                .collect().in(HashMap<String, DirectoryApi.Organisation>::new,
                        (map, found) -> found.items().forEach(organisation -> map.put(organisation.odsCode(), organisation)))
                .map(map -> known = new Names(Map.copyOf(map), System.nanoTime()))
                .onFailure().recoverWithItem(() -> names != null ? names : new Names(Map.of(), System.nanoTime()));
    }

    /** @param readAt {@link System#nanoTime()} when read, for freshness only */
    public record Names(Map<String, DirectoryApi.Organisation> byCode, long readAt) {

        /** {@code {names.of(entry.organisation)}}: the organisation's name, or its code when the directory has none. */
        public String of(String odsCode) {
            DirectoryApi.Organisation known = odsCode == null ? null : byCode.get(odsCode);
            return known != null ? known.name() : odsCode == null ? "" : odsCode;
        }

        /**
         * The sector in words: as the service that wrote the record knew it, else as the directory has it (identity
         * learns an organisation's sector only from its published services, which a hospital may have none of).
         */
        public String sectorOf(String odsCode, String sector) {
            DirectoryApi.Organisation known = odsCode == null ? null : byCode.get(odsCode);
            String code = sector != null ? sector : known != null ? known.sector() : null;
            return code == null ? "" : Wording.sectorName(code);
        }

        /** The areas the directory's organisations are in, in order: what a search by area can choose from. */
        public List<String> areas() {
            return byCode.values().stream().map(DirectoryApi.Organisation::area)
                    .filter(area -> area != null && !area.isBlank()).distinct().sorted().toList();
        }
    }
}
