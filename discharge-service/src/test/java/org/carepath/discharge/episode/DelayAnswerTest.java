package org.carepath.discharge.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.InpatientEpisode.Admission;
import org.carepath.discharge.reference.DelayReason;
import org.carepath.events.Practitioner;
import org.carepath.events.careplan.ActionOwner;
import org.carepath.events.discharge.DelayAcknowledged;
import org.carepath.events.discharge.DelayDisputed;
import org.carepath.events.discharge.DelayLinked;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;
import org.junit.jupiter.api.Test;

/** Linking a delay to a referral makes its receiving organisation accountable; that organisation, and only it, answers. */
class DelayAnswerTest {

    private static final String PERSON = "9434765919";
    private static final Practitioner AMY = new Practitioner("amy.lee", "Amy Lee", "RX1", "discharge");
    private static final DelayReason CARE_PACKAGE = new DelayReason("england", "E", "Care package in own home");
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final CareActor SAM = council("sam.patel", "LA1", Roles.TRIAGER);

    private static CareActor council(String user, String organisation, String... roles) {
        return new CareActor(user, user, organisation, Set.of("adult-front-door"), "social-worker", Set.of(roles));
    }

    private static ReferralProgress referralTo(String organisation, String person) {
        ReferralProgress referral = new ReferralProgress(UUID.randomUUID(), person);
        referral.submitted(organisation, null, "Home care", NOW.minusSeconds(86_400 * 5));
        return referral;
    }

    /** A person without criteria to reside since the 10th, with a care-package delay linked to the referral. */
    private static InpatientEpisode delayedOn(ReferralProgress referral) {
        InpatientEpisode episode = InpatientEpisode.admit(new Admission(PERSON, "RX1", null, "ward-7", "B1",
                Instant.parse("2026-11-01T09:00:00Z"), AdmissionMethod.EMERGENCY, null, null), Optional.empty(), AMY, NOW)
                .episode();
        episode.noCriteriaToReside(Instant.parse("2026-11-10T10:00:00Z"), AMY, NOW);
        episode.startDelay(CARE_PACKAGE, AccountableSector.SOCIAL_CARE, Instant.parse("2026-11-11T09:00:00Z"), null,
                new WaitingOn(referral.referralId(), null, null, null), Optional.of(referral), AMY, NOW);
        return episode;
    }

    private static Delay delayOf(InpatientEpisode episode) {
        return episode.delays().get(0);
    }

    @Test
    void aDelayLinkedToAReferralIsAttributedToItsReceivingOrganisationAndSaysSo() {
        ReferralProgress referral = referralTo("LA1", PERSON);
        InpatientEpisode episode = InpatientEpisode.admit(new Admission(PERSON, "RX1", null, "ward-7", "B1",
                Instant.parse("2026-11-01T09:00:00Z"), AdmissionMethod.EMERGENCY, null, null), Optional.empty(), AMY, NOW)
                .episode();
        episode.noCriteriaToReside(Instant.parse("2026-11-10T10:00:00Z"), AMY, NOW);

        var events = episode.startDelay(CARE_PACKAGE, AccountableSector.SOCIAL_CARE, Instant.parse("2026-11-11T09:00:00Z"),
                null, new WaitingOn(referral.referralId(), null, null, null), Optional.of(referral), AMY, NOW).events();

        assertEquals("LA1", delayOf(episode).accountableOrganisation());
        assertEquals(DelayStanding.NOT_ANSWERED, delayOf(episode).standing());
        DelayLinked linked = assertInstanceOf(DelayLinked.class, events.get(1));
        assertEquals("referral", linked.waitingOn());
        assertEquals("LA1", linked.accountableOrganisation());
    }

    @Test
    void onlyAReferralKnownForThisPersonCanBeLinked() {
        ReferralProgress someoneElses = referralTo("LA1", "4010232137");
        ReferralProgress council = referralTo("LA1", PERSON);
        InpatientEpisode episode = delayedOn(council);
        UUID delay = delayOf(episode).id();

        assertEquals("unknown-referral", assertThrows(RuleBroken.class, () -> episode.linkDelay(delay,
                new WaitingOn(someoneElses.referralId(), null, null, null), Optional.of(someoneElses), AMY, NOW)).code());
        assertEquals("unknown-referral", assertThrows(RuleBroken.class, () -> episode.linkDelay(delay,
                new WaitingOn(UUID.randomUUID(), null, null, null), Optional.empty(), AMY, NOW)).code());

        episode.linkDelay(delay, new WaitingOn(null, null, null, MilestoneKind.PACKAGE_OF_CARE_CONFIRMED), Optional.empty(),
                AMY, NOW);
        assertEquals(DelayStanding.NOT_ATTRIBUTED, delayOf(episode).standing(), "a milestone names no organisation");
    }

    @Test
    void aDelayLinkedToACarePlanActionIsAttributedToItsOwnerOrganisationOnlyWhenKnownForThisPerson() {
        InpatientEpisode episode = delayedOn(referralTo("RY1", PERSON));
        UUID delay = delayOf(episode).id();
        ActionProgress action = new ActionProgress(UUID.randomUUID(), UUID.randomUUID(), PERSON);
        action.assigned(new ActionOwner("LA1", "adult-front-door", null, "Adult front door"), "Care needs assessment",
                LocalDate.parse("2026-11-18"), NOW.minusSeconds(86_400 * 3));
        ActionProgress someoneElses = new ActionProgress(UUID.randomUUID(), action.planId(), "4010232137");
        someoneElses.assigned(new ActionOwner("LA1", null, null, "Council"), "Assessment", null, NOW);

        assertEquals("unknown-action", assertThrows(RuleBroken.class, () -> episode.linkDelay(delay,
                new WaitingOn(null, action.planId(), UUID.randomUUID(), null), Optional.empty(), AMY, NOW)).code());
        assertEquals("unknown-action", assertThrows(RuleBroken.class, () -> episode.linkDelay(delay,
                new WaitingOn(null, action.planId(), someoneElses.actionId(), null), Optional.of(someoneElses), AMY, NOW))
                .code());
        assertEquals("unknown-action", assertThrows(RuleBroken.class, () -> episode.linkDelay(delay,
                new WaitingOn(null, UUID.randomUUID(), action.actionId(), null), Optional.of(action), AMY, NOW)).code(),
                "the action of another plan");

        var events = episode.linkDelay(delay, new WaitingOn(null, action.planId(), action.actionId(), null),
                Optional.of(action), AMY, NOW).events();

        assertEquals("LA1", delayOf(episode).accountableOrganisation());
        assertEquals(DelayStanding.NOT_ANSWERED, delayOf(episode).standing());
        DelayLinked linked = assertInstanceOf(DelayLinked.class, events.get(0));
        assertEquals("care-plan-action", linked.waitingOn());
        assertEquals("LA1", linked.accountableOrganisation());
    }

    @Test
    void theAccountableOrganisationAcknowledgesThenDisputesAndTheLaterAnswerStandsWithBothKept() {
        InpatientEpisode episode = delayedOn(referralTo("LA1", PERSON));
        UUID delay = delayOf(episode).id();
        long version = episode.version();

        var acknowledged = episode.answerDelay(delay, DelayAnswer.Kind.ACKNOWLEDGED, null, SAM, NOW).events();
        assertInstanceOf(DelayAcknowledged.class, acknowledged.get(0));
        assertEquals(DelayStanding.ACKNOWLEDGED, delayOf(episode).standing());

        var disputed = episode.answerDelay(delay, DelayAnswer.Kind.DISPUTED, "Assessment was booked for the 12th and the"
                + " ward cancelled it", SAM, NOW.plusSeconds(60)).events();

        DelayDisputed event = assertInstanceOf(DelayDisputed.class, disputed.get(0));
        assertEquals("LA1", event.accountableOrganisation());
        assertEquals(DelayStanding.DISPUTED, delayOf(episode).standing());
        assertEquals(List.of(DelayAnswer.Kind.ACKNOWLEDGED, DelayAnswer.Kind.DISPUTED),
                delayOf(episode).answers().stream().map(DelayAnswer::kind).toList());
        assertEquals(version + 2, episode.version());
    }

    @Test
    void aDisputeNeedsAReason() {
        InpatientEpisode episode = delayedOn(referralTo("LA1", PERSON));
        UUID delay = delayOf(episode).id();
        assertThrows(InvalidInput.class, () -> episode.answerDelay(delay, DelayAnswer.Kind.DISPUTED, " ", SAM, NOW));
        assertTrue(delayOf(episode).answers().isEmpty());
    }

    @Test
    void noOneElseFindsTheDelayToAnswer() {
        InpatientEpisode episode = delayedOn(referralTo("LA1", PERSON));
        UUID delay = delayOf(episode).id();
        for (CareActor other : List.of(council("pat.green", "LA2", Roles.MANAGER), council("sam.patel", "LA1", Roles.REFERRER),
                council("amy.lee", "RX1", Roles.DISCHARGE_COORDINATOR, Roles.MANAGER))) {
            assertThrows(NotVisible.class, () -> episode.answerDelay(delay, DelayAnswer.Kind.ACKNOWLEDGED, null, other, NOW),
                    other.userId());
        }
        assertFalse(DelayAnswer.mayAnswer(SAM, null), "a delay attributed to no organisation is answered by no one");
        assertTrue(DelayAnswer.mayAnswer(council("lee.care", "LA1", Roles.CARE_COORDINATOR), "LA1"));
    }

    @Test
    void anAnswerGivenBeforeTheDelayWasAttributedElsewhereNoLongerCounts() {
        InpatientEpisode episode = delayedOn(referralTo("LA1", PERSON));
        UUID delay = delayOf(episode).id();
        episode.answerDelay(delay, DelayAnswer.Kind.DISPUTED, "Never asked", SAM, NOW);
        ReferralProgress community = referralTo("RY1", PERSON);

        episode.linkDelay(delay, new WaitingOn(community.referralId(), null, null, null), Optional.of(community), AMY, NOW);

        assertEquals("RY1", delayOf(episode).accountableOrganisation());
        assertEquals(DelayStanding.NOT_ANSWERED, delayOf(episode).standing());
        assertEquals(1, delayOf(episode).answers().size(), "kept");
    }

    @Test
    void waitingOnNamesExactlyOneThing() {
        assertThrows(InvalidInput.class, () -> WaitingOn.of(null, null, null, null));
        assertThrows(InvalidInput.class, () -> WaitingOn.of(UUID.randomUUID(), null, null, MilestoneKind.TRANSPORT_BOOKED));
        assertThrows(InvalidInput.class, () -> WaitingOn.of(null, UUID.randomUUID(), null, null));
        assertEquals("care-plan-action", WaitingOn.of(null, UUID.randomUUID(), UUID.randomUUID(), null).kind());
    }
}
