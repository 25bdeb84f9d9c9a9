package org.carepath.portal.display;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepath.portal.services.CarePlanApi.Attendee;
import org.carepath.portal.services.CarePlanApi.Plan;
import org.carepath.portal.services.CarePlanApi.Practitioner;

/**
 * Who did what, by name: careplan-service records each change by the user id of who made it, and a page names them
 * from what the plan and the meeting know (coordinators, team members, action owners, attendees) and the reader.
 */
public record StaffNames(Map<String, String> byUserId) {

    /** How careplan-service signs what it does itself, such as the plan it drafts for an accepted referral. */
    static final String SERVICE = "careplan-service";

    public StaffNames {
        byUserId = Map.copyOf(byUserId);
    }

    /** Everyone the plan names; the reader is added by the page. */
    public static StaffNames of(Plan plan) {
        Map<String, String> names = new HashMap<>();
        known(names, plan.coordinator());
        if (plan.handovers() != null) {
            plan.handovers().forEach(handover -> {
                known(names, handover.from());
                known(names, handover.to());
            });
        }
        if (plan.members() != null) {
            plan.members().forEach(member -> put(names, member.practitionerUserId(), member.practitionerName()));
        }
        if (plan.actions() != null) {
            plan.actions().forEach(action -> {
                if (action.owner() != null) {
                    put(names, action.owner().userId(), action.owner().name());
                }
            });
        }
        return new StaffNames(names);
    }

    public static StaffNames none() {
        return new StaffNames(Map.of());
    }

    public StaffNames and(String userId, String name) {
        Map<String, String> names = new HashMap<>(byUserId);
        put(names, userId, name);
        return new StaffNames(names);
    }

    public StaffNames and(StaffNames others) {
        Map<String, String> names = new HashMap<>(others.byUserId);
        names.putAll(byUserId);
        return new StaffNames(names);
    }

    public StaffNames andAttendees(List<Attendee> attendees) {
        Map<String, String> names = new HashMap<>(byUserId);
        if (attendees != null) {
            attendees.forEach(attendee -> put(names, attendee.userId(), attendee.name()));
        }
        return new StaffNames(names);
    }

    /** {@code {people.of(version.changedBy)}}: their name, else who they were without an id on the screen. */
    public String of(String userId) {
        if (SERVICE.equals(userId)) {
            return "CarePath, for an accepted referral";
        }
        String name = userId == null ? null : byUserId.get(userId);
        return name != null ? name : "a member of the care team";
    }

    private static void known(Map<String, String> names, Practitioner practitioner) {
        if (practitioner != null) {
            put(names, practitioner.userId(), practitioner.name());
        }
    }

    private static void put(Map<String, String> names, String userId, String name) {
        if (userId != null && name != null && !name.isBlank()) {
            names.put(userId, name);
        }
    }
}
