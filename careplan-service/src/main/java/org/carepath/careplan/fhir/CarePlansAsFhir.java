package org.carepath.careplan.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;

import org.carepath.careplan.plan.ActionStatus;
import org.carepath.careplan.plan.CarePlan;
import org.carepath.careplan.plan.CarePlanStatus;
import org.carepath.careplan.plan.CareTeam;
import org.carepath.careplan.plan.CareTeamMember;
import org.carepath.careplan.plan.PlanAction;
import org.carepath.careplan.plan.PlanContent;
import org.carepath.careplan.plan.PlanContent.Carer;
import org.carepath.careplan.plan.PlanContent.Involvement;
import org.carepath.events.Practitioner;
import org.carepath.events.careplan.ActionOwner;
import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.fhir.FhirResponses;
import org.carepath.platform.fhir.Systems;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A care plan as FHIR shows it: the plan as a {@code CarePlan}, its care team as a {@code CareTeam}
 * with the plan's id, and each goal as a {@code Goal} whose id is the plan's and the goal's place on
 * it ({@code <plan id>-goal-1}). The mapping tables are in the service's README.
 */
final class CarePlansAsFhir {

    static final String NEEDS_DOMAIN = Systems.carePath("needs-domain");
    static final String CARE_TEAM_ROLE = Systems.carePath("care-team-role");
    static final String REVIEW_DATE = Systems.extension("review-date");
    static final String INVOLVEMENT = Systems.extension("involvement");
    static final String CARER = Systems.extension("carer");
    /** Staff by their user id at the CarePath identity provider, as tokens name them. */
    static final String USER_ID = "urn:carepath:fhir:identifier:user-id";
    private static final String GOAL_PLACE = "-goal-";
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private CarePlansAsFhir() {
    }

    static org.hl7.fhir.r4.model.CarePlan carePlan(CarePlan plan) {
        var fhir = FhirResponses.versioned(new org.hl7.fhir.r4.model.CarePlan(), plan.id().toString(), plan.version(),
                plan.updatedAt());
        fhir.setStatus(carePlanStatus(plan.status()))
                .setIntent(CarePlanIntent.PLAN)
                .setSubject(person(plan.nhsNumber()))
                .setDescription(plan.summary())
                .setCreatedElement(instant(plan.createdAt()))
                .setPeriod(period(plan.createdAt(), plan.status().isOpen() ? null : plan.updatedAt()))
                .addCareTeam(new Reference("CareTeam/" + plan.id()));
        Practitioner coordinator = plan.coordinator();
        if (coordinator != null) {
            fhir.setAuthor(practitioner(coordinator.userId(), coordinator.name()))
                    .addContributor(organisation(coordinator.organisation(), coordinator.team()));
        }
        for (PlanContent.Need need : plan.needs()) {
            fhir.addCategory(needsDomain(need.domain()).setText(need.description()));
        }
        for (int place = 1; place <= plan.goals().size(); place++) {
            fhir.addGoal(new Reference("Goal/" + goalId(plan, place)));
        }
        for (PlanAction action : plan.actions()) {
            fhir.addActivity().setDetail(activity(action)).setId(action.id().toString());
        }
        if (plan.reviewDate() != null) {
            fhir.addExtension(REVIEW_DATE, date(plan.reviewDate()));
        }
        if (plan.involvement() != null) {
            fhir.addExtension(involvement(plan.involvement()));
        }
        for (Carer carer : plan.carers()) {
            fhir.addExtension(carer(carer));
        }
        return fhir;
    }

    /** Its version counts every change to the team: the plan's versions (status, coordinator) and each join and leave. */
    static org.hl7.fhir.r4.model.CareTeam careTeam(CareTeam team) {
        CarePlan plan = team.plan();
        List<CareTeamMember> members = team.members();
        long leaves = members.stream().filter(member -> member.leftAt() != null).count();
        var fhir = FhirResponses.versioned(new org.hl7.fhir.r4.model.CareTeam(), plan.id().toString(),
                plan.version() + members.size() + leaves, lastChange(team));
        fhir.setStatus(careTeamStatus(plan.status()))
                .setSubject(person(plan.nhsNumber()));
        Practitioner coordinator = plan.coordinator();
        if (coordinator != null) {
            fhir.setManagingOrganization(List.of(organisation(coordinator.organisation(), coordinator.team())));
            fhir.addParticipant()
                    .addRole(role("care-coordinator", "Care coordinator"))
                    .setMember(practitioner(coordinator.userId(), coordinator.name()))
                    .setOnBehalfOf(organisation(coordinator.organisation(), coordinator.team()));
        }
        for (CareTeamMember member : members) {
            var participant = fhir.addParticipant();
            participant.setId(member.id().toString());
            participant.addRole(new CodeableConcept().setText(member.role()))
                    .setPeriod(period(member.joinedAt(), member.leftAt()));
            if (member.practitionerUser() == null) {
                participant.setMember(organisation(member.organisation(), member.team()));
            } else {
                participant.setMember(practitioner(member.practitionerUser(), member.practitionerName()))
                        .setOnBehalfOf(organisation(member.organisation(), member.team()));
            }
        }
        for (Carer carer : plan.carers()) {
            fhir.addParticipant()
                    .addRole(role("carer", "Carer").setText(carer.relationship()))
                    .setMember(new Reference().setType("RelatedPerson").setDisplay(carer.name()));
        }
        return fhir;
    }

    /** A goal in the person's own words; it lives as long as the plan, so the plan's status is its lifecycle. */
    static Goal goal(CarePlan plan, int place) {
        PlanContent.Goal goal = plan.goals().get(place - 1);
        Goal fhir = FhirResponses.versioned(new Goal(), goalId(plan, place), plan.version(), plan.updatedAt());
        fhir.setLifecycleStatus(goalStatus(plan.status()))
                .setDescription(new CodeableConcept().setText(goal.text()))
                .setSubject(person(plan.nhsNumber()))
                .setExpressedBy(person(plan.nhsNumber()));
        for (NeedsDomain domain : goal.needs()) {
            fhir.addCategory(needsDomain(domain));
        }
        return fhir;
    }

    static String goalId(CarePlan plan, int place) {
        return plan.id() + GOAL_PLACE + place;
    }

    /** The plan id and the goal's place (from 1) a Goal id names, or null when it names no goal. */
    static GoalId goalIdOf(String id) {
        int at = id.lastIndexOf(GOAL_PLACE);
        if (at < 0) {
            return null;
        }
        var plan = Ids.orNull(id.substring(0, at));
        try {
            int place = Integer.parseInt(id.substring(at + GOAL_PLACE.length()));
            return plan == null || place < 1 ? null : new GoalId(plan, place);
        } catch (NumberFormatException notAPlace) {
            return null;
        }
    }

    record GoalId(UUID plan, int place) {
    }

    static org.hl7.fhir.r4.model.CarePlan.CarePlanStatus carePlanStatus(CarePlanStatus status) {
        return switch (status) {
            case DRAFT -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.DRAFT;
            case ACTIVE -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.ACTIVE;
            case ON_HOLD -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.ONHOLD;
            case COMPLETED -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.COMPLETED;
            case REVOKED -> org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.REVOKED;
        };
    }

    /** A draft team is only proposed; a held plan's team is suspended; a closed plan's team works no more. */
    static org.hl7.fhir.r4.model.CareTeam.CareTeamStatus careTeamStatus(CarePlanStatus status) {
        return switch (status) {
            case DRAFT -> org.hl7.fhir.r4.model.CareTeam.CareTeamStatus.PROPOSED;
            case ACTIVE -> org.hl7.fhir.r4.model.CareTeam.CareTeamStatus.ACTIVE;
            case ON_HOLD -> org.hl7.fhir.r4.model.CareTeam.CareTeamStatus.SUSPENDED;
            case COMPLETED, REVOKED -> org.hl7.fhir.r4.model.CareTeam.CareTeamStatus.INACTIVE;
        };
    }

    static GoalLifecycleStatus goalStatus(CarePlanStatus status) {
        return switch (status) {
            case DRAFT -> GoalLifecycleStatus.PROPOSED;
            case ACTIVE -> GoalLifecycleStatus.ACTIVE;
            case ON_HOLD -> GoalLifecycleStatus.ONHOLD;
            case COMPLETED -> GoalLifecycleStatus.COMPLETED;
            case REVOKED -> GoalLifecycleStatus.CANCELLED;
        };
    }

    /** The plan statuses a FHIR status stands for under the mapping; none for the ones CarePath never shows. */
    static <S> Set<CarePlanStatus> withStatus(S status, Function<CarePlanStatus, S> mapping) {
        Set<CarePlanStatus> matching = EnumSet.noneOf(CarePlanStatus.class);
        for (CarePlanStatus candidate : CarePlanStatus.values()) {
            if (mapping.apply(candidate) == status) {
                matching.add(candidate);
            }
        }
        return matching;
    }

    static CarePlanActivityStatus activityStatus(ActionStatus status) {
        return switch (status) {
            case PLANNED -> CarePlanActivityStatus.NOTSTARTED;
            case IN_PROGRESS -> CarePlanActivityStatus.INPROGRESS;
            case DONE -> CarePlanActivityStatus.COMPLETED;
            case CANCELLED -> CarePlanActivityStatus.CANCELLED;
        };
    }

    /** When the plan or its team last changed: a version, a join or a leave. */
    private static Instant lastChange(CareTeam team) {
        Instant last = team.plan().updatedAt();
        for (CareTeamMember member : team.members()) {
            for (Instant change : new Instant[] { member.joinedAt(), member.leftAt() }) {
                if (change != null && change.isAfter(last)) {
                    last = change;
                }
            }
        }
        return last;
    }

    private static CarePlanActivityDetailComponent activity(PlanAction action) {
        var detail = new CarePlanActivityDetailComponent()
                .setStatus(activityStatus(action.status()))
                .setDescription(action.description());
        if (action.cancelReason() != null) {
            detail.setStatusReason(new CodeableConcept().setText(action.cancelReason()));
        }
        if (action.needsDomain() != null) {
            detail.addReasonCode(needsDomain(action.needsDomain()));
        }
        if (action.dueDate() != null) {
            detail.setScheduled(new Period().setEndElement(new DateTimeType(action.dueDate().toString())));
        }
        ActionOwner owner = action.owner();
        detail.addPerformer(organisation(owner.organisation(), owner.team()));
        if (owner.userId() != null) {
            detail.addPerformer(practitioner(owner.userId(), owner.name()));
        }
        return detail;
    }

    private static Extension involvement(Involvement involvement) {
        Extension extension = new Extension(INVOLVEMENT);
        extension.addExtension("agreedBy", new StringType(involvement.agreedBy()));
        if (involvement.agreedOn() != null) {
            extension.addExtension("agreedOn", date(involvement.agreedOn()));
        }
        if (involvement.notes() != null) {
            extension.addExtension("notes", new StringType(involvement.notes()));
        }
        return extension;
    }

    private static Extension carer(Carer carer) {
        Extension extension = new Extension(CARER);
        extension.addExtension("name", new StringType(carer.name()));
        if (carer.relationship() != null) {
            extension.addExtension("relationship", new StringType(carer.relationship()));
        }
        extension.addExtension("involved", new BooleanType(carer.involved()));
        if (carer.needs() != null) {
            extension.addExtension("needs", new StringType(carer.needs()));
        }
        return extension;
    }

    private static CodeableConcept needsDomain(NeedsDomain domain) {
        return new CodeableConcept(new Coding(NEEDS_DOMAIN, domain.code(), null));
    }

    private static CodeableConcept role(String code, String display) {
        return new CodeableConcept(new Coding(CARE_TEAM_ROLE, code, display));
    }

    /** The person, by NHS number: CarePath keeps no Patient resource of its own. */
    private static Reference person(String nhsNumber) {
        return new Reference().setType("Patient")
                .setIdentifier(new Identifier().setSystem(Systems.NHS_NUMBER).setValue(nhsNumber));
    }

    /** An organisation by ODS code (this service serves no Organization), showing the team when there is one. */
    private static Reference organisation(String odsCode, String team) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(Systems.ODS_CODE).setValue(odsCode))
                .setDisplay(team == null ? odsCode : odsCode + " " + team);
    }

    private static Reference practitioner(String userId, String name) {
        return new Reference().setType("Practitioner")
                .setIdentifier(new Identifier().setSystem(USER_ID).setValue(userId))
                .setDisplay(name);
    }

    /** To the millisecond, as meta.lastUpdated is, so a plan's end is the instant it closed. */
    private static Period period(Instant start, Instant end) {
        Period period = new Period().setStartElement(instant(start));
        return end == null ? period : period.setEndElement(instant(end));
    }

    private static DateTimeType instant(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }

    private static DateType date(LocalDate day) {
        return new DateType(day.toString());
    }
}
