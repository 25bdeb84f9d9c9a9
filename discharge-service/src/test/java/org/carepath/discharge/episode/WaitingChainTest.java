package org.carepath.discharge.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.carepath.discharge.episode.WaitingChain.Stage;
import org.carepath.events.careplan.ActionOwner;
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
        return WaitingChain.of(new WaitingOn(known[0].referralId(), null, null, null), find, id -> Optional.empty());
    }

    @Test
    void noReferralLinkedIsNotSent() {
        assertEquals(Stage.NOT_SENT, WaitingChain.of(null, id -> Optional.empty(), id -> Optional.empty()).stage());
        assertEquals(Stage.NOT_SENT, WaitingChain.of(new WaitingOn(null, null, null, MilestoneKind.TRANSPORT_BOOKED),
                id -> Optional.empty(), id -> Optional.empty()).stage());
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
    void anActionIsAssignedToItsOwnerThenOverdueThenCompleted() {
        UUID plan = UUID.randomUUID();
        ActionProgress action = new ActionProgress(UUID.randomUUID(), plan, PERSON);
        action.assigned(new ActionOwner("LA1", "adult-front-door", null, "Adult front door"), "Care needs assessment",
                LocalDate.parse("2026-11-13"), SENT);
        WaitingOn waitingOn = new WaitingOn(null, plan, action.actionId(), null);
        Function<UUID, Optional<ActionProgress>> known = id -> Optional.of(action).filter(found -> found.actionId().equals(id));

        WaitingChain assigned = WaitingChain.of(waitingOn, id -> Optional.empty(), known);
        assertEquals(Stage.ACTION_ASSIGNED, assigned.stage());
        assertEquals("LA1", assigned.organisation());
        assertEquals(LocalDate.parse("2026-11-13"), assigned.dueDate());
        assertEquals(SENT, assigned.since());
        assertEquals("Care needs assessment", assigned.description());
        assertEquals(action.actionId(), assigned.actionId());
        assertEquals(plan, assigned.carePlanId());
        assertNull(assigned.referralId());

        action.overdue(null, null, STARTED);
        WaitingChain overdue = WaitingChain.of(waitingOn, id -> Optional.empty(), known);
        assertEquals(Stage.ACTION_OVERDUE, overdue.stage());
        assertEquals(STARTED, overdue.since());
        assertEquals("LA1", overdue.organisation(), "an event naming no owner keeps the one assigned");

        Instant done = Instant.parse("2026-11-15T16:00:00Z");
        action.completed(null, null, done);
        WaitingChain completed = WaitingChain.of(waitingOn, id -> Optional.empty(), known);
        assertEquals(Stage.ACTION_COMPLETED, completed.stage(), "an action done late is done");
        assertEquals(done, completed.since());
    }

    @Test
    void anActionNotHeardOfIsNotSent() {
        WaitingOn waitingOn = new WaitingOn(null, UUID.randomUUID(), UUID.randomUUID(), null);
        assertEquals(Stage.NOT_SENT, WaitingChain.of(waitingOn, id -> Optional.empty(), id -> Optional.empty()).stage());
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
