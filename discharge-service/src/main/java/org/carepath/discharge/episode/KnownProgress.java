package org.carepath.discharge.episode;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** What delays may be linked to, as known here: the referrals and care plan actions the events told of. */
@ApplicationScoped
public class KnownProgress {

    /** The referrals and actions known for some people, by id: what their delays' chains are derived from. */
    public record OfPeople(Map<UUID, ReferralProgress> referrals, Map<UUID, ActionProgress> actions) {

        static final OfPeople NONE = new OfPeople(Map.of(), Map.of());

        WaitingChain chain(WaitingOn waitingOn) {
            return WaitingChain.of(waitingOn, id -> Optional.ofNullable(referrals.get(id)),
                    id -> Optional.ofNullable(actions.get(id)));
        }
    }

    private final KnownReferrals referrals;
    private final KnownActions actions;

    public KnownProgress(KnownReferrals referrals, KnownActions actions) {
        this.referrals = referrals;
        this.actions = actions;
    }

    /** The referral or action a link names, if known here; nothing for a milestone. */
    Uni<Optional<Awaited>> find(WaitingOn waitingOn) {
        if (waitingOn != null && waitingOn.actionId() != null) {
            return actions.find(waitingOn.actionId()).map(found -> found.map(Awaited.class::cast));
        }
        return referrals.find(waitingOn).map(found -> found.map(Awaited.class::cast));
    }

    /** One after the other: a reactive session runs one query at a time. */
    Uni<OfPeople> ofPeople(Collection<String> nhsNumbers) {
        return referrals.ofPeople(nhsNumbers)
                .chain(known -> actions.ofPeople(nhsNumbers).map(actionsKnown -> new OfPeople(known, actionsKnown)));
    }
}
