package org.carepath.identity.journey;

import org.carepath.events.Practitioner;
import org.carepath.events.careplan.CarePlanEvent;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.identity.IdentityEvent;
import org.carepath.events.referral.ReferralEvent;
import org.carepath.events.referral.ReferralSubmitted;

/**
 * Events in plain words that make sense in every sector: every event of the person topics is told, one wording
 * per topic, each a {@code Handler} of that topic's events, so a new event type is not told until it is worded.
 */
public final class JourneyWording {

    private static final ReferralEvent.Handler<Told> REFERRALS = new ReferralWording();
    private static final CarePlanEvent.Handler<Told> CARE_PLANS = new CarePlanWording();
    private static final DischargeEvent.Handler<Told> DISCHARGES = new DischargeWording();
    private static final IdentityEvent.Handler<Told> IDENTITY = new IdentityWording();

    private JourneyWording() {
    }

    public static Told of(ReferralEvent event) {
        return event.handle(REFERRALS);
    }

    public static Told of(CarePlanEvent event) {
        return event.handle(CARE_PLANS);
    }

    public static Told of(DischargeEvent event) {
        return event.handle(DISCHARGES);
    }

    public static Told of(IdentityEvent event) {
        return event.handle(IDENTITY);
    }

    static String of(ReferralSubmitted event) {
        return "Referred by " + where(event.referrer()) + " to " + event.serviceName() + " (" + event.targetOrganisation()
                + "), " + event.priority() + ": " + event.reason();
    }

    static String where(Practitioner practitioner) {
        return practitioner.team() == null
                ? practitioner.organisation()
                : practitioner.organisation() + " (" + practitioner.team() + ")";
    }
}
