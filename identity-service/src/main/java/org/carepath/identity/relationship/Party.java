package org.carepath.identity.relationship;

import org.carepath.events.Practitioner;

/**
 * Who is involved: an organisation, maybe one of its teams, maybe a named practitioner.
 *
 * @param description what they do for the person, in words (a service's name, a role on the plan)
 */
public record Party(String organisation, String team, String practitioner, String description) {

    public static Party of(Practitioner practitioner, String description) {
        return new Party(practitioner.organisation(), practitioner.team(), practitioner.name(), description);
    }

    public static Party team(String organisation, String team, String description) {
        return new Party(organisation, team, null, description);
    }
}
