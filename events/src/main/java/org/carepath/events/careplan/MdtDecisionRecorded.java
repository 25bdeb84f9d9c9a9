package org.carepath.events.careplan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.events.Practitioner;

/**
 * A decision about the person, made at an MDT meeting or by the care coordinator between meetings.
 *
 * @param meetingId    null for a decision made outside a meeting
 * @param organisation ODS code of the meeting's (or the deciding coordinator's) organisation
 * @param team         the meeting's team, or the coordinator's
 * @param actionIds    the actions it put on the person's plan, each also told by careplan.action-assigned
 */
public record MdtDecisionRecorded(
        UUID planId,
        String nhsNumber,
        UUID decisionId,
        UUID meetingId,
        String organisation,
        String team,
        String decision,
        List<UUID> actionIds,
        Practitioner by,
        Instant at) implements CarePlanEvent {

    public static final String TYPE = "careplan.mdt-decision-recorded";

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
