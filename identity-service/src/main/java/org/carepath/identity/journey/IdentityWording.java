package org.carepath.identity.journey;

import static org.carepath.identity.journey.JourneyWording.where;

import org.carepath.events.identity.BreakGlassUsed;
import org.carepath.events.identity.IdentityEvent;
import org.carepath.events.identity.PersonMerged;
import org.carepath.platform.nhs.NhsNumbers;

/** The identity service's own events in plain words: record merges and emergency access are part of the story. */
final class IdentityWording implements IdentityEvent.Handler<Told> {

    @Override
    public Told on(PersonMerged e) {
        String summary = "Two records of this person were joined: NHS number "
                + NhsNumbers.display(e.retiredNhsNumber()) + " is now " + NhsNumbers.display(e.survivorNhsNumber())
                + " (" + e.reason() + ")";
        // no member of staff when a hospital's system reported the merge: the reason names the hospital
        return e.by() == null ? Told.withoutActor(e.survivorNhsNumber(), e.at(), null, null, summary)
                : Told.by(e.survivorNhsNumber(), e.at(), e.by(), summary);
    }

    @Override
    public Told on(BreakGlassUsed e) {
        return Told.by(e.nhsNumber(), e.at(), e.by(), e.by().name() + " of " + where(e.by())
                + " opened this record in an emergency without an existing relationship: " + e.reason());
    }
}
