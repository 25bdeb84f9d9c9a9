package org.carepath.careplan.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.carepath.events.Practitioner;
import org.carepath.events.careplan.CareTeamMemberJoined;
import org.carepath.events.careplan.CareTeamMemberLeft;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;

/**
 * A plan with the people and teams working from it. Membership is what lets an organisation's
 * staff see the plan at all, so the coordinator's organisation can never leave it.
 */
public class CareTeam {

    private final CarePlan plan;
    private final List<CareTeamMember> members;

    public CareTeam(CarePlan plan, List<CareTeamMember> members) {
        this.plan = plan;
        this.members = new ArrayList<>(members);
    }

    public CarePlan plan() {
        return plan;
    }

    public List<CareTeamMember> members() {
        return List.copyOf(members);
    }

    public List<CareTeamMember> current() {
        return members.stream().filter(CareTeamMember::isCurrent).toList();
    }

    public boolean includes(String organisation) {
        return organisation != null && current().stream().anyMatch(member -> member.organisation().equals(organisation));
    }

    /** Staff of organisations not on the team cannot learn that the plan exists. */
    public void authoriseRead(CareActor actor) {
        if (!includes(actor.organisation())) {
            throw new NotVisible("no care plan " + plan.id());
        }
    }

    /** Every action needs an owner who can see the plan, so no work is given to someone who cannot read it. */
    public void refuseOwnersOffTeam(List<PlanAction.Request> actions) {
        actions.stream()
                .map(PlanAction.Request::owner)
                .filter(owner -> !includes(owner.organisation()))
                .findFirst()
                .ifPresent(owner -> {
                    throw new RuleBroken("not-on-care-team", "The action's owner is not on the care team",
                            owner.organisation() + " has no place on this care team; add their team first")
                            .with("organisation", owner.organisation());
                });
    }

    /** Adds the member, unless the same place on the team is already taken: then nothing changes. */
    public Change join(NewMember member, UUID referralId, Practitioner by, Instant at) {
        if (current().stream().anyMatch(existing -> existing.isSamePlaceAs(member))) {
            return Change.none();
        }
        var joined = new CareTeamMember(plan.id(), member, referralId, at);
        members.add(joined);
        return Change.of(new CareTeamMemberJoined(plan.id(), plan.nhsNumber(), joined.id(),
                member.organisation(), member.team(), member.practitionerUserId(), member.practitionerName(),
                member.role(), referralId, by, at)).with(joined);
    }

    public Change leave(UUID memberId, String reason, Instant at) {
        CareTeamMember member = current().stream()
                .filter(candidate -> candidate.id().equals(memberId))
                .findFirst()
                .orElseThrow(() -> new NotVisible("no current member " + memberId + " on this care team"));
        if (strandsCoordinator(member)) {
            throw new Conflict("this is the care coordinator's organisation's last place on the team;"
                    + " hand the plan over to another coordinator first");
        }
        return left(member, reason, at);
    }

    /** A team's work for the person ended: its places go, except one the coordinator still needs. */
    public Change teamDone(String organisation, String team, String reason, Instant at) {
        return current().stream()
                .filter(member -> member.organisation().equals(organisation) && Objects.equals(member.team(), team)
                        && member.practitionerUser() == null)
                .filter(member -> !strandsCoordinator(member))
                .map(member -> left(member, reason, at))
                .reduce(Change.none(), Change::and);
    }

    /**
     * The referral that gave places on the team was cancelled or rejected: those places end (except
     * one the coordinator still needs), and a draft the referral started that nobody else joined is revoked.
     */
    public Change referralEnded(UUID referralId, String reason, Practitioner by, Instant at) {
        Change left = current().stream()
                .filter(member -> referralId.equals(member.referralId()))
                .filter(member -> !strandsCoordinator(member))
                .map(member -> left(member, reason, at))
                .reduce(Change.none(), Change::and);
        return left.events().isEmpty() || !current().isEmpty() ? left : left.and(plan.revokeOrphanedDraft(reason, by, at));
    }

    private Change left(CareTeamMember member, String reason, Instant at) {
        member.leave(reason, at);
        return Change.of(new CareTeamMemberLeft(plan.id(), plan.nhsNumber(), member.id(), member.organisation(),
                member.team(), reason, at));
    }

    private boolean strandsCoordinator(CareTeamMember leaving) {
        Practitioner coordinator = plan.coordinator();
        return coordinator != null && leaving.organisation().equals(coordinator.organisation())
                && current().stream().noneMatch(other -> other != leaving
                        && other.organisation().equals(coordinator.organisation()));
    }
}
