package org.carepath.events.careplan;

/**
 * Who owns an action on a care plan: a team of an organisation, or one practitioner of it.
 *
 * @param organisation ODS code
 * @param team         null when the whole organisation owns it
 * @param userId       null unless one practitioner owns it
 */
public record ActionOwner(String organisation, String team, String userId, String name) {
}
