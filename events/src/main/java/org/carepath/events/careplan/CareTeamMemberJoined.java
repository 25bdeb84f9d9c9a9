package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * An organisation's team (or one practitioner of it) joined the person's care team.
 *
 * @param practitionerUserId null when the whole team is the member
 * @param role               the member's role on this plan, e.g. {@code referral: Home reablement}
 * @param referralId         the accepted referral that brought the team in, if any
 */
public record CareTeamMemberJoined(
        UUID planId,
        String nhsNumber,
        UUID memberId,
        String organisation,
        String team,
        String practitionerUserId,
        String practitionerName,
        String role,
        UUID referralId,
        Practitioner by,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.member-joined";

    @Override
    public String subject() {
        return nhsNumber;
    }

    @Override
    public Instant time() {
        return at;
    }

    @Override
    public <R> R handle(Handler<R> handler) {
        return handler.on(this);
    }
}
