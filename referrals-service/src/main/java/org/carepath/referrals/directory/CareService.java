package org.carepath.referrals.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.directory.CareServiceRetired;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.time.CareDay;
import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.ResponseTarget;

/**
 * A service an organisation (or one of its teams) offers and takes referrals for. Retiring it
 * from a date, with a successor, is how "that's not us any more" reaches every referrer.
 */
@Entity
@Table(name = "care_service")
public class CareService {

    /** A retirement is recorded late by at most a year, or announced at most five years ahead. */
    static final int RETIREMENT_YEARS_BACK = 1;
    static final int RETIREMENT_YEARS_AHEAD = 5;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    private String description;

    private String eligibility;

    /** ODS code of the providing organisation. */
    @Column(nullable = false)
    private String organisation;

    private String team;

    private String area;

    private String contact;

    @Enumerated(EnumType.STRING)
    private ServiceCategory category;

    @Column(name = "target_routine")
    private String targetRoutine;

    @Column(name = "target_urgent")
    private String targetUrgent;

    @Column(name = "target_emergency")
    private String targetEmergency;

    @Column(name = "retired_from")
    private LocalDate retiredFrom;

    @Column(name = "successor_id")
    private UUID successorId;

    @Column(name = "retirement_reason")
    private String retirementReason;

    @Version
    private long version;

    protected CareService() {
    }

    public CareService(UUID id, String organisation) {
        this.id = id;
        this.organisation = organisation;
    }

    /** Sets what referrers see; the priorities accepted are those with a response target. */
    public Change describe(ServiceDescription details, Sector sector, Instant now) {
        if (details.responseTargets().isEmpty()) {
            throw new InvalidInput("a service needs a response target for at least one priority");
        }
        name = details.name();
        description = details.description();
        eligibility = details.eligibility();
        team = details.team();
        area = details.area();
        contact = details.contact();
        category = details.category();
        targetRoutine = text(details.responseTargets().get(Priority.ROUTINE));
        targetUrgent = text(details.responseTargets().get(Priority.URGENT));
        targetEmergency = text(details.responseTargets().get(Priority.EMERGENCY));
        return Change.of(new CareServicePublished(id, name, organisation, team, sector.code(), area,
                responseTargets().keySet().stream().map(Priority::code).toList(),
                responseTargets().entrySet().stream().collect(Collectors.toMap(
                        entry -> entry.getKey().code(), entry -> entry.getValue().text())),
                now, category == null ? null : category.code()));
    }

    /** Stops new referrals from the date on; referrers are pointed to the successor, if there is one. */
    public Change retire(LocalDate from, CareService successor, String reason, Instant now) {
        LocalDate today = CareDay.of(now);
        if (from.isBefore(today.minusYears(RETIREMENT_YEARS_BACK)) || from.isAfter(today.plusYears(RETIREMENT_YEARS_AHEAD))) {
            throw InvalidInput.field("effectiveFrom", "must be within " + RETIREMENT_YEARS_BACK + " year before and "
                    + RETIREMENT_YEARS_AHEAD + " years after today");
        }
        if (successor != null && (successor.id.equals(id) || successor.isRetiredOn(from))) {
            throw new Conflict("the successor must be another service still open on " + from);
        }
        retiredFrom = from;
        successorId = successor == null ? null : successor.id;
        retirementReason = reason;
        return Change.of(new CareServiceRetired(id, name, organisation, from, successorId, reason, now));
    }

    public boolean isRetiredOn(LocalDate date) {
        return retiredFrom != null && !date.isBefore(retiredFrom);
    }

    public boolean accepts(Priority priority) {
        return responseTargets().containsKey(priority);
    }

    public ResponseTarget responseTarget(Priority priority) {
        return responseTargets().get(priority);
    }

    public Map<Priority, ResponseTarget> responseTargets() {
        Map<Priority, ResponseTarget> targets = new EnumMap<>(Priority.class);
        put(targets, Priority.ROUTINE, targetRoutine);
        put(targets, Priority.URGENT, targetUrgent);
        put(targets, Priority.EMERGENCY, targetEmergency);
        return targets;
    }

    private static void put(Map<Priority, ResponseTarget> targets, Priority priority, String text) {
        if (text != null) {
            targets.put(priority, ResponseTarget.parse(text));
        }
    }

    private static String text(ResponseTarget target) {
        return target == null ? null : target.text();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String eligibility() {
        return eligibility;
    }

    public String organisation() {
        return organisation;
    }

    public String team() {
        return team;
    }

    public String area() {
        return area;
    }

    public String contact() {
        return contact;
    }

    public ServiceCategory category() {
        return category;
    }

    public LocalDate retiredFrom() {
        return retiredFrom;
    }

    public UUID successorId() {
        return successorId;
    }

    public String retirementReason() {
        return retirementReason;
    }

    public long version() {
        return version;
    }
}
