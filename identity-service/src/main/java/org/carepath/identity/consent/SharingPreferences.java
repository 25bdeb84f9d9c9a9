package org.carepath.identity.consent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person's standing objections, as a rule for what one reader may see. Plain Java.
 *
 * @param organisations organisations the person objects to sharing with
 * @param sectors       sectors (acute, community, social-care …) the person objects to sharing with
 */
public record SharingPreferences(Set<String> organisations, Set<String> sectors) {

    public static SharingPreferences of(List<SharingObjection> standing) {
        Map<String, Set<String>> byScope = standing.stream()
                .collect(Collectors.groupingBy(SharingObjection::scope,
                        Collectors.mapping(SharingObjection::target, Collectors.toSet())));
        return new SharingPreferences(byScope.getOrDefault(SharingObjection.ORGANISATION, Set.of()),
                byScope.getOrDefault(SharingObjection.SECTOR, Set.of()));
    }

    /**
     * Whether the person objects to sharing with this organisation: then it sees only what it recorded itself,
     * which it holds anyway.
     */
    public boolean objectsTo(String organisation, String sector) {
        // Set.of() refuses to look up null: an entry filed under no organisation is objected to by no one
        return (organisation != null && organisations.contains(organisation)) || (sector != null && sectors.contains(sector));
    }
}
