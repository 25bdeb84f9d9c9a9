package org.carepath.discharge.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.carepath.discharge.episode.WaitingChain.Stage;
import org.junit.jupiter.api.Test;

class WaitingChainTest {

    private static final String PERSON = "9434765919";
    private static final Instant SENT = Instant.parse("2026-11-10T09:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-10T11:00:00Z");
    private static final Instant ACCEPTED = Instant.parse("2026-11-12T10:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-11-14T08:00:00Z");

    private static ReferralProgress sentToCouncil(UUID id) {
        ReferralProgress referral = new ReferralProgress(id, PERSON);
        referral.submitted("LA1", "adult-front-door", "Home care", SENT);
        return referral;
    }

    private static WaitingChain chainOf(ReferralProgress... known) {
        Map<UUID, ReferralProgress> byId = new HashMap<>();
        for (ReferralProgress referral : known) {
            byId.put(referral.referralId(), referral);
        }
        Function<UUID, Optional<ReferralProgress>> find = id -> Optional.ofNullable(byId.get(id));
        return WaitingChain.of(new WaitingOn(known[0].referralId(), null, null, null), find);
    }

    @Test
    void noReferralLinkedIsNotSent() {
        assertEquals(Stage.NOT_SENT, WaitingChain.of(null, id -> Optional.empty()).stage());
        assertEquals(Stage.NOT_SENT, WaitingChain.of(new WaitingOn(null, null, null, MilestoneKind.TRANSPORT_BOOKED),
                id -> Optional.empty()).stage());
    }

    @Test
    void theChainFollowsTheReferralStepByStepWithWhenEachStepWasReached() {
        ReferralProgress referral = sentToCouncil(UUID.randomUUID());
        WaitingChain sent = chainOf(referral);
        assertEquals(Stage.SENT_NOT_RECEIVED, sent.stage());
        assertEquals(SENT, sent.since());
        assertEquals("LA1", sent.organisation());

        referral.received(RECEIVED);
        assertEquals(Stage.RECEIVED_NOT_ACCEPTED, chainOf(referral).stage());
        assertEquals(RECEIVED, chainOf(referral).since());

        referral.accepted("LA1", null, null, ACCEPTED);
        assertEquals(Stage.ACCEPTED_NO_START, chainOf(referral).stage());
        assertEquals("adult-front-door", chainOf(referral).team(), "an acceptance naming no team keeps the one sent to");

        referral.held();
        assertTrue(chainOf(referral).onHold());
        assertEquals(Stage.ACCEPTED_NO_START, chainOf(referral).stage(), "on hold says where it stopped");
        referral.resumed();
        referral.started(STARTED);
        assertEquals(Stage.STARTED, chainOf(referral).stage());
        assertEquals(STARTED, chainOf(referral).since());
    }

    @Test
    void aClosedReferralSaysHowItClosed() {
        for (String outcome : new String[] { "rejected", "cancelled", "completed" }) {
            ReferralProgress referral = sentToCouncil(UUID.randomUUID());
            referral.closed(outcome, "Not eligible", ACCEPTED);
            WaitingChain chain = chainOf(referral);
            assertEquals(Stage.CLOSED, chain.stage());
            assertEquals(outcome, chain.closedAs());
            assertEquals(ACCEPTED, chain.since());
            assertNull(chain.onward());
        }
    }

    @Test
    void aRedirectIsFollowedToTheOnwardReferralAsFarAsItHasGot() {
        ReferralProgress first = sentToCouncil(UUID.randomUUID());
        ReferralProgress onward = new ReferralProgress(UUID.randomUUID(), PERSON);
        onward.submitted("RY1", "reablement", "Home reablement", ACCEPTED);
        onward.received(STARTED);
        first.redirected("Reablement first", onward.referralId(), ACCEPTED);

        WaitingChain chain = chainOf(first, onward);

        assertEquals(Stage.CLOSED, chain.stage());
        assertEquals("redirected", chain.closedAs());
        assertEquals(Stage.RECEIVED_NOT_ACCEPTED, chain.onward().stage());
        assertEquals("RY1", chain.onward().organisation());
        assertNull(chainOf(first).onward(), "an onward referral not heard of yet is not guessed at");
    }

    @Test
    void aRedirectLoopStopsWhereItBegan() {
        ReferralProgress a = sentToCouncil(UUID.randomUUID());
        ReferralProgress b = sentToCouncil(UUID.randomUUID());
        a.redirected("to b", b.referralId(), ACCEPTED);
        b.redirected("back to a", a.referralId(), STARTED);

        WaitingChain chain = chainOf(a, b);

        assertEquals(b.referralId(), chain.onward().referralId());
        assertNull(chain.onward().onward());
    }
}
