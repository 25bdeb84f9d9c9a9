package org.carepath.careplan.plan;

import java.util.List;
import java.util.UUID;

/**
 * A decision about the person and the actions it sets.
 *
 * @param meetingId    the MDT meeting it was made at, or null for a decision by the coordinator between meetings
 * @param caseId       the meeting's case for the person, or null
 * @param organisation where it was made: the meeting's organisation, or the coordinator's
 */
public record Decision(UUID id, UUID meetingId, UUID caseId, String organisation, String team, String text,
        List<PlanAction.Request> actions) {

    public Decision {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public static Decision byCoordinator(String organisation, String team, String text, List<PlanAction.Request> actions) {
        return new Decision(UUID.randomUUID(), null, null, organisation, team, text, actions);
    }

    public static Decision atMeeting(UUID meetingId, UUID caseId, String organisation, String team, String text,
            List<PlanAction.Request> actions) {
        return new Decision(UUID.randomUUID(), meetingId, caseId, organisation, team, text, actions);
    }
}
