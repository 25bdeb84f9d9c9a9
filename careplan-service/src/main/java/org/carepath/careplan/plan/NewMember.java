package org.carepath.careplan.plan;

/**
 * Who joins a care team: a team of an organisation, or one practitioner of it.
 *
 * @param role the member's role on this plan, in words
 */
public record NewMember(String organisation, String team, String practitionerUserId, String practitionerName,
        String role) {
}
