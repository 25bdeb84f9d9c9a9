package org.carepath.identity.consent;

import java.util.List;

/**
 * The person's objections as one reader may see them. Parties the person has not objected to see them all,
 * standing and withdrawn, with who recorded them and why. A reader the person objects to sees only the standing
 * objections that reach it, and not who recorded them or why: enough to know its view is limited, nothing to
 * tell it who passed on the person's wishes or what they said. Plain Java.
 *
 * @param restricted whether the reader is one the person objects to (its view leaves out who and why)
 */
public record SeenObjections(List<SharingObjection> objections, boolean restricted) {

    public static SeenObjections by(String organisation, String sector, List<SharingObjection> all) {
        var reaching = all.stream()
                .filter(objection -> !objection.isWithdrawn() && objection.reaches(organisation, sector))
                .toList();
        return reaching.isEmpty() ? new SeenObjections(all, false) : new SeenObjections(reaching, true);
    }
}
