package org.carepath.events.careplan;

import java.time.Instant;
import java.util.UUID;

/** A member left the person's care team: its organisation no longer sees the plan through it. */
public record CareTeamMemberLeft(
        UUID planId,
        String nhsNumber,
        UUID memberId,
        String organisation,
        String team,
        String reason,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.member-left";

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
