package org.carepath.referrals.referral;

import org.carepath.platform.care.NeedsDomain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralResponseOverdue;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.platform.domain.IllegalTransition;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;
import org.carepath.referrals.directory.CareService;
import org.carepath.referrals.directory.Sector;
import org.carepath.referrals.directory.ServiceDescription;
import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.ResponseTarget;
import org.carepath.referrals.triage.WorkingCalendar;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T09:30:00Z");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

    private static CareActor wardNurse() {
        return new CareActor("hana.ahmed", "Hana Ahmed", "RX1", Set.of("ward-7"), "nurse", Set.of(Roles.REFERRER));
    }

    private static CareActor reablementTriager() {
        return new CareActor("colin.reed", "Colin Reed", "RY1", Set.of("reablement"), "nurse", Set.of(Roles.TRIAGER));
    }

    private static CareService reablement() {
        var service = new CareService(UUID.randomUUID(), "RY1");
        service.describe(new ServiceDescription("Home reablement", null, null, "reablement", "Northfield", null, null,
                Map.of(Priority.URGENT, ResponseTarget.parse("PT24H"), Priority.ROUTINE, ResponseTarget.parse("5 working days"))),
                Sector.COMMUNITY, MONDAY_MORNING);
        return service;
    }

    private static ReferralContent routine() {
        return new ReferralContent(new Subject("9434765919", "Joan Smith", null, null, List.of()),
                "Needs help with washing and dressing", List.of(NeedsDomain.PERSONAL_CARE_AND_DAILY_LIVING),
                Priority.ROUTINE, ConsentBasis.CONSENT_GIVEN, List.of(), null);
    }

    private static Referral submitted() {
        var service = reablement();
        var referral = Referral.draft(routine(), service, wardNurse());
        referral.submit(wardNurse(), service, CALENDAR, MONDAY_MORNING);
        return referral;
    }

    @Test
    void submittingStartsTheResponseClockFromTheServicesTarget() {
        var service = reablement();
        var referral = Referral.draft(routine(), service, wardNurse());

        var change = referral.submit(wardNurse(), service, CALENDAR, MONDAY_MORNING);

        assertEquals(ReferralStatus.REQUESTED, referral.status());
        assertEquals(Instant.parse("2026-11-30T09:30:00Z"), referral.dueAt(), "5 working days later");
        var event = assertInstanceOf(ReferralSubmitted.class, change.events().get(0));
        assertEquals("RX1", event.referrer().organisation());
        assertEquals("RY1", event.targetOrganisation());
        assertEquals("routine", event.priority());
        assertEquals(ReferralAction.SUBMIT, assertInstanceOf(ReferralTransition.class, change.rows().get(0)).action());
    }

    @Test
    void aPriorityTheServiceDoesNotOfferIsRefused() {
        var emergency = new ReferralContent(routine().subject(), "reason", List.of(), Priority.EMERGENCY,
                ConsentBasis.LEGAL_DUTY, List.of(), null);
        var refused = assertThrows(RuleBroken.class, () -> Referral.draft(emergency, reablement(), wardNurse()));
        assertEquals("priority-not-offered", refused.code());
    }

    @Test
    void acceptingSaysWhichTeamIsNowInvolved() {
        var referral = submitted();
        referral.act(ReferralAction.RECEIVE, reablementTriager(), null, MONDAY_MORNING);

        var accepted = referral.act(ReferralAction.ACCEPT, reablementTriager(), null, MONDAY_MORNING);

        var event = assertInstanceOf(ReferralAccepted.class, accepted.events().get(0));
        assertEquals("reablement", event.targetTeam());
        assertEquals("RX1", event.referringOrganisation());
        assertFalse(referral.status().awaitsResponse(), "an answer stops the response clock");
    }

    @Test
    void aTriagerInSeveralTeamsActsForTheReceivingTeam() {
        var referral = submitted();
        var twoTeams = new CareActor("colin.reed", "Colin Reed", "RY1", Set.of("district-nursing", "reablement"), "nurse",
                Set.of(Roles.TRIAGER));

        var received = referral.act(ReferralAction.RECEIVE, twoTeams, null, MONDAY_MORNING);

        assertEquals("reablement", assertInstanceOf(ReferralReceived.class, received.events().get(0)).by().team());
    }

    @Test
    void resumeReturnsToTheStateTheReferralWasHeldIn() {
        var referral = submitted();
        var coordinator = new CareActor("ade", "Ade", "RY1", Set.of("reablement"), "ot", Set.of(Roles.CARE_COORDINATOR));
        referral.act(ReferralAction.RECEIVE, reablementTriager(), null, MONDAY_MORNING);
        referral.act(ReferralAction.ACCEPT, reablementTriager(), null, MONDAY_MORNING);

        referral.act(ReferralAction.HOLD, coordinator, "In hospital again", MONDAY_MORNING);
        referral.act(ReferralAction.RESUME, coordinator, null, MONDAY_MORNING);

        assertEquals(ReferralStatus.ACCEPTED, referral.status());
    }

    @Test
    void anIllegalStepNamesTheCurrentStateAndTheAllowedOnes() {
        var referral = submitted();
        var refused = assertThrows(IllegalTransition.class,
                () -> referral.act(ReferralAction.COMPLETE, reablementTriager(), null, MONDAY_MORNING));
        assertEquals("requested", refused.facts().get("currentStatus"));
        assertEquals(List.of("receive", "cancel"), refused.facts().get("allowedActions"));
    }

    @Test
    void theBreachIsReportedOnceAndOnlyAfterTheDueTime() {
        var referral = submitted();
        assertTrue(referral.reportIfOverdue(referral.dueAt().minusSeconds(1)).isEmpty());
        assertInstanceOf(ReferralResponseOverdue.class, referral.reportIfOverdue(referral.dueAt()).events().get(0));
        assertTrue(referral.reportIfOverdue(referral.dueAt().plusSeconds(60)).isEmpty());
    }

    @Test
    void aThirdOrganisationIsToldNothingExists() {
        var referral = submitted();
        var council = new CareActor("sam", "Sam", "LA1", Set.of(), "social-worker", Set.of(Roles.TRIAGER));
        var refused = assertThrows(NotVisible.class,
                () -> referral.act(ReferralAction.RECEIVE, council, null, MONDAY_MORNING));
        assertEquals("no referral " + referral.id(), refused.getMessage());
    }

    @Test
    void everyStateHasItsAllowedActions() {
        assertEquals(List.of(ReferralAction.SUBMIT, ReferralAction.CANCEL), ReferralAction.allowedFrom(ReferralStatus.DRAFT));
        assertEquals(List.of(ReferralAction.ACCEPT, ReferralAction.REJECT, ReferralAction.REDIRECT, ReferralAction.CANCEL),
                ReferralAction.allowedFrom(ReferralStatus.RECEIVED));
        for (var closed : List.of(ReferralStatus.REJECTED, ReferralStatus.REDIRECTED, ReferralStatus.CANCELLED,
                ReferralStatus.COMPLETED)) {
            assertEquals(List.of(), ReferralAction.allowedFrom(closed), closed + " is final");
            assertFalse(closed.isOpen());
        }
    }

    @Test
    void aRedirectIsMadeOnBehalfOfTheFirstReferrerWhoReadsTheOnwardReferral() {
        var referral = submitted();
        referral.act(ReferralAction.RECEIVE, reablementTriager(), null, MONDAY_MORNING);
        var council = new CareService(UUID.randomUUID(), "LA1");
        council.describe(new ServiceDescription("Front door", null, null, null, null, null, null,
                Map.of(Priority.ROUTINE, ResponseTarget.parse("5 working days"))), Sector.SOCIAL_CARE, MONDAY_MORNING);

        var change = referral.redirect(reablementTriager(), "Needs an assessment", council, null, null, CALENDAR,
                MONDAY_MORNING);
        var onward = assertInstanceOf(Referral.class, change.rows().get(1), "the closing history line, then the onward referral");

        assertEquals("RY1", onward.referringOrganisation());
        assertEquals("RX1", onward.originalReferrer());
        assertTrue(onward.isVisibleTo(wardNurse()));
        assertFalse(onward.isVisibleTo(new CareActor("x", "X", "RZ9", Set.of(), "nurse", Set.of(Roles.REFERRER))));
    }

    @Test
    void datesThatCannotBeWhatTheFieldMeansAreRefusedNamingTheField() {
        var today = LocalDate.of(2026, 11, 23);
        var bornTomorrow = new ReferralContent(new Subject("9434765919", null, today.plusDays(1), null, List.of()),
                "reason", List.of(), Priority.ROUTINE, ConsentBasis.CONSENT_GIVEN, List.of(), null);
        var bornLongAgo = new ReferralContent(new Subject("9434765919", null, today.minusYears(131), null, List.of()),
                "reason", List.of(), Priority.ROUTINE, ConsentBasis.CONSENT_GIVEN, List.of(), null);
        var assessedTomorrow = new ReferralContent(routine().subject(), "reason", List.of(), Priority.ROUTINE,
                ConsentBasis.CONSENT_GIVEN, List.of(new AttachedAssessment("r", "t", "s", "RX1", today.plusDays(1))), null);

        assertTrue(assertThrows(InvalidInput.class, () -> bornTomorrow.checkDates(today)).getMessage()
                .startsWith("subject.birthDate"));
        assertEquals("validation", assertThrows(InvalidInput.class, () -> bornLongAgo.checkDates(today)).code());
        assertTrue(assertThrows(InvalidInput.class, () -> assessedTomorrow.checkDates(today)).getMessage()
                .startsWith("assessments[0].completedOn"));
        routine().checkDates(today);
    }
}
