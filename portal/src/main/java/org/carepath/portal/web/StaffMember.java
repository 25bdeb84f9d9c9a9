package org.carepath.portal.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is signed in, as the header says it: their name and organisation, and what their roles let the pages offer
 * (a page offers only what the service would allow; the service still decides).
 */
public record StaffMember(String name, String organisation, Set<String> roles) {

    /** Roles careplan-service lets start a care plan (and so lead one, and hold its MDT meetings). */
    private static final Set<String> COORDINATE_CARE = Set.of("care-coordinator", "manager");

    /** Roles identity-service lets break the glass. */
    private static final Set<String> MAY_BREAK_GLASS = Set.of("discharge-coordinator", "care-coordinator", "manager");

    /** A web-app sign-in's principal is the ID token, which carries the name and the organisation. */
    static StaffMember of(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return new StaffMember(identity.getPrincipal().getName(), null, identity.getRoles());
        }
        String name = idToken.getClaim("name");
        Object organisation = idToken.getClaim("organisation");
        return new StaffMember(name != null ? name : idToken.getName(),
                organisation == null ? null : organisation.toString(), identity.getRoles());
    }

    /** Discharge coordinators work from the board; other hospital staff reach it by its address. */
    public boolean worksTheBoard() {
        return roles.contains("discharge-coordinator");
    }

    /** Managers read their organisation's figures beside the region's (insights-service). */
    public boolean readsInsights() {
        return roles.contains("manager");
    }

    public boolean watchesTheBackbone() {
        return roles.contains("ops") || roles.contains("admin");
    }

    /** Triagers, care coordinators and managers answer for the hospital delays attributed to their organisation. */
    public boolean answersForDelays() {
        return mayTriage() || coordinatesCare();
    }

    public boolean mayTriage() {
        return roles.contains("triager");
    }

    /** Care coordinators and managers start care plans and hold MDT meetings. */
    public boolean coordinatesCare() {
        return roles.stream().anyMatch(COORDINATE_CARE::contains);
    }

    /** The user id the services record what they do by (the token's subject), to name them on the page. */
    static String userIdOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken idToken ? idToken.getSubject() : null;
    }

    /** The teams of their organisation they work in, as codes ({@code district-nursing}). */
    static List<String> teamsOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken idToken && idToken.getClaim("teams") instanceof Collection<?> teams) {
            return teams.stream().map(team -> team instanceof JsonString text ? text.getString() : team.toString()).toList();
        }
        return List.of();
    }

    public boolean mayBreakGlass() {
        return roles.stream().anyMatch(MAY_BREAK_GLASS::contains);
    }
}
