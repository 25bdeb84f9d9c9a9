package org.carepath.careplan.mdt;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.careplan.plan.CareDecision;
import org.carepath.careplan.plan.CarePlanService;
import org.carepath.careplan.plan.CareTeams;
import org.carepath.careplan.plan.Decided;
import org.carepath.careplan.plan.Decision;
import org.carepath.careplan.plan.DecisionRepository;
import org.carepath.careplan.plan.PlanAction;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.Refusal;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * MDT meetings: who may see a meeting (its organisation and the attending ones), which cases each
 * reader sees (those on whose care team their organisation has a place), and decisions that land
 * on the person's plan in the same transaction as the plan version and its events.
 */
@ApplicationScoped
public class MdtService {

    /** A meeting with the cases one reader may see, and each case's decisions. */
    public record Agenda(MdtMeeting meeting, List<MdtCase> cases, Map<UUID, List<CareDecision>> decisions) {
    }

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final CareTeams teams;
    private final CarePlanService plans;
    private final Clock clock;

    public MdtService(MeetingRepository meetings, DecisionRepository decisions, CareTeams teams, CarePlanService plans,
            Clock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.teams = teams;
        this.plans = plans;
        this.clock = clock;
    }

    public Uni<MdtMeeting> call(String title, String team, Instant heldAt, List<Attendee> attendees, CareActor organiser) {
        var meeting = MdtMeeting.called(title, team, heldAt, attendees, organiser, clock.instant());
        return Panache.withTransaction(() -> meetings.persist(meeting));
    }

    public Uni<Page<MdtMeeting>> ofOrganisation(String team, CareActor reader, int page, int size) {
        if (reader.organisation() == null) {
            throw new NotPermitted("your token names no organisation");
        }
        return Panache.withSession(() -> meetings.ofOrganisation(reader.organisation(), team, page, size));
    }

    public Uni<Agenda> agenda(UUID meetingId, CareActor reader) {
        return Panache.withSession(() -> readable(meetingId, reader)
                .chain(meeting -> meetings.casesReadableBy(meetingId, reader.organisation())
                        .chain(cases -> decisionsOf(cases).map(found -> new Agenda(meeting, cases, found)))));
    }

    /** Puts a person's plan on the list; the caller must be able to read the plan. */
    public Uni<MdtCase> addCase(UUID meetingId, UUID planId, CareActor actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> readable(meetingId, actor)
                .chain(meeting -> teams.readable(planId, actor))
                .call(team -> meetings.listed(meetingId, planId).invoke(listed -> {
                    if (listed) {
                        throw new Conflict("this care plan is already on the meeting's list");
                    }
                }))
                .chain(team -> Panache.getSession().chain(session -> {
                    var added = new MdtCase(meetingId, planId, team.plan().nhsNumber(), actor.userId(), now);
                    return session.persist(added).replaceWith(added);
                })));
    }

    /** Consent, then what was said; If-Match carries the case's ETag. */
    public Uni<MdtCase> discuss(UUID meetingId, UUID caseId, Consent consent, String consentNote, String summary,
            CareActor actor, String ifMatch) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> onList(meetingId, caseId, actor)
                .invoke(found -> IfMatch.check(ifMatch, found.version()))
                .invoke(found -> found.recordDiscussion(consent, consentNote, summary, actor, now))
                .call(found -> Panache.getSession().chain(session -> session.flush())));
    }

    /**
     * A decision at the meeting and the actions it sets, onto the person's plan; If-Match carries
     * the plan's ETag, since the plan is what changes.
     */
    public Uni<Decided> decide(UUID meetingId, UUID caseId, String text, List<PlanAction.Request> actions,
            CareActor actor, String ifMatch) {
        return Panache.withTransaction(() -> readable(meetingId, actor)
                .chain(meeting -> onList(meetingId, caseId, actor)
                        .invoke(MdtCase::refuseDecisionWithoutConsent)
                        .chain(found -> plans.recordDecision(found.planId(), Decision.atMeeting(meetingId, caseId,
                                meeting.organisation(), meeting.team(), text, actions), actor, ifMatch))));
    }

    private Uni<MdtMeeting> readable(UUID meetingId, CareActor actor) {
        return meetings.meeting(meetingId).invoke(meeting -> meeting.authoriseRead(actor));
    }

    /** A case of a meeting the actor attends, about a plan the actor can read. */
    private Uni<MdtCase> onList(UUID meetingId, UUID caseId, CareActor actor) {
        return readable(meetingId, actor)
                .chain(meeting -> meetings.onList(meetingId, caseId))
                .call(found -> teams.readable(found.planId(), actor)
                        .onFailure(Refusal.class)
                        .transform(hidden -> new NotVisible("MDT meeting " + meetingId + " has no case " + caseId)));
    }

    private Uni<Map<UUID, List<CareDecision>>> decisionsOf(List<MdtCase> cases) {
        return Multi.createFrom().iterable(cases)
                .onItem().transformToUniAndConcatenate(found -> decisions.forCase(found.id())
                        .map(made -> Map.entry(found.id(), made)))
                .collect().asList()
                .map(entries -> entries.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
