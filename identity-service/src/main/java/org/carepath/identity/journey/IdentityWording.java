package org.carepath.identity.journey;

import static org.carepath.identity.journey.JourneyWording.told;
import static org.carepath.identity.journey.JourneyWording.where;

import java.util.Optional;

import org.carepath.events.identity.BreakGlassUsed;
import org.carepath.events.identity.PersonMerged;
import org.carepath.identity.journey.JourneyWording.Told;
import org.carepath.platform.nhs.NhsNumbers;

/** The identity service's own events in plain words: record merges and emergency access are part of the story. */
final class IdentityWording {

    private IdentityWording() {
    }

    static Optional<Told> of(Record event) {
        if (event instanceof PersonMerged e) {
            return told(e.survivorNhsNumber(), e.at(), e.by(), "Two records of this person were joined: NHS number "
                    + NhsNumbers.display(e.retiredNhsNumber()) + " is now " + NhsNumbers.display(e.survivorNhsNumber())
                    + " (" + e.reason() + ")");
        }
        if (event instanceof BreakGlassUsed e) {
            return told(e.nhsNumber(), e.at(), e.by(), e.by().name() + " of " + where(e.by())
                    + " opened this record in an emergency without an existing relationship: " + e.reason());
        }
        return Optional.empty();
    }
}
