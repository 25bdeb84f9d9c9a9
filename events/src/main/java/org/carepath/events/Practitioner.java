package org.carepath.events;

/**
 * Who did something, as their token said at the time.
 *
 * @param userId       the user id in the identity provider (for an integration engine, its client)
 * @param organisation ODS code of the employing organisation
 * @param team         null when the practitioner belongs to no team
 */
public record Practitioner(String userId, String name, String organisation, String team) {
}
