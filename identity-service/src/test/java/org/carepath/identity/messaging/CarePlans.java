package org.carepath.identity.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CareTeamMemberJoined;
import org.carepath.events.careplan.CareTeamMemberLeft;
import org.carepath.events.Practitioner;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;

/** Care plan events as careplan-service publishes them, a fresh one on every call. */
public final class CarePlans {

    private static final String SOURCE = "/carepath/careplan-service";

    private CarePlans() {
    }

    public static CloudEvent<CareEvent> draftFromReferral(String nhsNumber, UUID planId, Instant at) {
        return TestEvents.envelope(SOURCE, nhsNumber, at, new CarePlanCreated(planId, nhsNumber, null, null, null, at));
    }

    /** The council's adult social care team joins the care team. */
    public static CloudEvent<CareEvent> councilJoins(String nhsNumber, UUID planId, UUID memberId, Instant at) {
        return TestEvents.envelope(SOURCE, nhsNumber, at, new CareTeamMemberJoined(planId, nhsNumber, memberId,
                Cast.COUNCIL, "adult-social-care", null, null, "social care assessment", null, communityNurse(), at));
    }

    public static CloudEvent<CareEvent> councilLeaves(String nhsNumber, UUID planId, UUID memberId, Instant at) {
        return TestEvents.envelope(SOURCE, nhsNumber, at, new CareTeamMemberLeft(planId, nhsNumber, memberId,
                Cast.COUNCIL, "adult-social-care", "Assessment done, no ongoing needs", at));
    }

    /** Amy Lee of the council becomes the plan's care coordinator. */
    public static CloudEvent<CareEvent> amyCoordinates(String nhsNumber, UUID planId, Instant at) {
        return TestEvents.envelope(SOURCE, nhsNumber, at, new CareCoordinatorAssigned(planId, nhsNumber, null,
                new Practitioner("amy.lee", "Amy Lee", Cast.COUNCIL, "adult-social-care"), null, communityNurse(), at));
    }

    /**
     * Amy Lee of the council starts a plan for the person, as careplan-service tells it: the plan with her
     * stated reason, her as coordinator, her team's place on the care team.
     */
    public static List<CloudEvent<CareEvent>> startedByAmy(String nhsNumber, UUID planId, String reason, Instant at) {
        var amy = new Practitioner("amy.lee", "Amy Lee", Cast.COUNCIL, "adult-social-care");
        return List.of(
                TestEvents.envelope(SOURCE, nhsNumber, at, new CarePlanCreated(planId, nhsNumber, amy, amy, reason, at)),
                TestEvents.envelope(SOURCE, nhsNumber, at, new CareCoordinatorAssigned(planId, nhsNumber, null, amy,
                        "created the plan", amy, at)),
                TestEvents.envelope(SOURCE, nhsNumber, at, new CareTeamMemberJoined(planId, nhsNumber, UUID.randomUUID(),
                        Cast.COUNCIL, "adult-social-care", null, null, "care coordinator's team", null, amy, at)));
    }

    private static Practitioner communityNurse() {
        return new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "spa");
    }
}
