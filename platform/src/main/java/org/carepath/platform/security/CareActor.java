package org.carepath.platform.security;

import java.util.Set;

import org.carepath.events.Practitioner;

/**
 * Who is calling, as the token says: the basis of every object-level check.
 *
 * @param userId       the token subject: a staff member, or an integration client's service account
 * @param name         the name to show on the journey and in audit ("Hana Ahmed", "RX1 PAS interface")
 * @param organisation ODS code of the employing organisation
 * @param teams        team codes within that organisation
 * @param profession   e.g. nurse, social-worker; null for integration clients
 * @param roles        realm roles, see {@link Roles}
 */
public record CareActor(String userId, String name, String organisation, Set<String> teams, String profession,
        Set<String> roles) {

    public CareActor {
        teams = Set.copyOf(teams);
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean worksFor(String odsCode) {
        return organisation != null && organisation.equals(odsCode);
    }

    public boolean isIn(String team) {
        return teams.contains(team);
    }

    /** The first of the actor's teams, or null: good enough where a record names one team. */
    public String mainTeam() {
        return teams.stream().sorted().findFirst().orElse(null);
    }

    /** The actor as an event names them: who they are, their organisation and their main team. */
    public Practitioner practitioner() {
        return practitioner(mainTeam());
    }

    /** The actor as an event names them, acting for the given team of theirs. */
    public Practitioner practitioner(String team) {
        return new Practitioner(userId, name, organisation, team);
    }
}
