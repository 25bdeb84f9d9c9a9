package org.carepath.insights.series;

import static org.carepath.insights.series.Grouping.LOCALITY;
import static org.carepath.insights.series.Grouping.ORGANISATION;
import static org.carepath.insights.series.Grouping.PATHWAY;
import static org.carepath.insights.series.Grouping.REASON;
import static org.carepath.insights.series.Grouping.SECTOR;
import static org.carepath.insights.series.Grouping.TEAM;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The figures kept, each as the SQL of its fact rows: one row per thing counted (or per hours measured) with
 * its London calendar day and what it can be grouped by. A flow counts what happened on the day; a stock counts
 * what stood open at the day's end (a delay's bed-days: each day after the day it began, up to the day it ended,
 * as discharge-service's sitrep counts them).
 */
public enum Metric {

    REFERRALS_RECEIVED("referrals-received", "Referrals received", Kind.COUNT, referrals("submitted_at", "1")),
    REFERRALS_ACCEPTED("referrals-accepted", "Referrals accepted", Kind.COUNT, referrals("accepted_at", "1")),
    REFERRALS_REJECTED("referrals-rejected", "Referrals rejected", Kind.COUNT, referrals("rejected_at", "1")),
    REFERRALS_REDIRECTED("referrals-redirected", "Referrals redirected to another service", Kind.COUNT, referrals("redirected_at", "1")),
    FIRST_RESPONSE_HOURS_MEDIAN("first-response-hours-median", "Hours to the first response, median", Kind.MEDIAN, hoursTo("first_response_at")),
    FIRST_RESPONSE_HOURS_P90("first-response-hours-p90", "Hours to the first response, 90th percentile", Kind.P90, hoursTo("first_response_at")),
    ACCEPTANCE_HOURS_MEDIAN("acceptance-hours-median", "Hours to acceptance, median", Kind.MEDIAN, hoursTo("accepted_at")),
    ACCEPTANCE_HOURS_P90("acceptance-hours-p90", "Hours to acceptance, 90th percentile", Kind.P90, hoursTo("accepted_at")),
    /** Referrals whose response target passed unanswered, on the day it passed. */
    RESPONSE_TARGET_BREACHES("response-target-breaches", "Response targets missed", Kind.COUNT, referrals("breach_due_at", "1")),
    /** Accepted referrals not yet completed or cancelled at the day's end, per receiving team. */
    OPEN_CASELOAD("open-caseload", "Open caseload", Kind.COUNT, """
            select d.day, r.organisation, r.team, r.sector, r.locality, null as reason, null as pathway, 1 as measure
            from referrals r join days d on %s <= d.day and (r.closed_at is null or %s > d.day)
                and d.day <= (select day from today)
            where r.accepted_at is not null""".formatted(day("r.accepted_at"), day("r.closed_at")),
            ORGANISATION, TEAM, SECTOR, LOCALITY),
    DELAYED_BED_DAYS("delayed-bed-days", "Delayed bed-days", Kind.COUNT, """
            select d.day, x.hospital as organisation, null as team, x.sector, p.area as locality,
                   x.reason_code as reason, null as pathway, 1 as measure
            from delay_fact x join live on x.generation = live.id
            left join places p on p.organisation = x.hospital
            join days d on d.day > %s and (x.ended_at is null or d.day <= %s) and d.day <= (select day from today)
            where x.started_at is not null""".formatted(day("x.started_at"), day("x.ended_at")),
            ORGANISATION, LOCALITY, SECTOR, REASON),
    DISCHARGES("discharges", "Discharges", Kind.COUNT, episodes("discharged_at"), ORGANISATION, LOCALITY, PATHWAY),
    /** Emergency admissions within 30 days of a discharge, on the day of the readmission. */
    READMISSIONS_30_DAYS("readmissions-30-days", "Readmissions within 30 days", Kind.COUNT, episodes("readmitted_at"), ORGANISATION, LOCALITY),
    /** Care plan actions past their due date and not done at the day's end, per owning team. */
    CARE_PLAN_ACTIONS_OVERDUE("care-plan-actions-overdue", "Care plan actions overdue", Kind.COUNT, """
            select d.day, x.organisation, x.team, p.sector, p.area as locality, null as reason, null as pathway,
                   1 as measure
            from action_fact x join live on x.generation = live.id
            left join places p on p.organisation = x.organisation
            join days d on x.due_date < d.day and (x.completed_at is null or %s > d.day) and d.day <= (select day from today)
            where x.overdue""".formatted(day("x.completed_at")),
            ORGANISATION, TEAM, SECTOR, LOCALITY);

    /** How a day's fact rows become its value. */
    public enum Kind {
        COUNT("count", "count(*)"),
        MEDIAN("hours", "round(cast(percentile_cont(0.5) within group (order by m.measure) as numeric), 2)"),
        P90("hours", "round(cast(percentile_cont(0.9) within group (order by m.measure) as numeric), 2)");

        private final String unit;
        private final String aggregate;

        Kind(String unit, String aggregate) {
            this.unit = unit;
            this.aggregate = aggregate;
        }

        public String unit() {
            return unit;
        }

        String aggregate() {
            return aggregate;
        }
    }

    private final String code;
    private final String name;
    private final Kind kind;
    private final String facts;
    private final Set<Grouping> groupings;

    Metric(String code, String name, Kind kind, String facts, Grouping... groupings) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.facts = facts;
        // a referral's figures take every grouping but a delay's and a discharge's own
        this.groupings = groupings.length == 0 ? Set.of(ORGANISATION, TEAM, SECTOR, LOCALITY) : Set.of(groupings);
    }

    public String code() {
        return code;
    }

    /** What it is in words, as a manager's page shows it. */
    public String title() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean groupsBy(Grouping grouping) {
        return groupings.contains(grouping);
    }

    /** The groupings it takes, in the order of {@link Grouping}. */
    public List<String> groupingCodes() {
        return Arrays.stream(Grouping.values()).filter(groupings::contains).map(Grouping::code).toList();
    }

    public static Optional<Metric> of(String code) {
        return Arrays.stream(values()).filter(metric -> metric.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Metric::code).toList();
    }

    /** Its fact rows: day, organisation, team, sector, locality, reason, pathway, measure. */
    String facts() {
        return facts;
    }

    private static String referrals(String moment, String measure) {
        return """
                select %s as day, r.organisation, r.team, r.sector, r.locality, null as reason, null as pathway,
                       %s as measure
                from referrals r where r.%s is not null""".formatted(day("r." + moment), measure, moment);
    }

    /** Hours from submission to the moment, on the moment's day. */
    private static String hoursTo(String moment) {
        return referrals(moment, "extract(epoch from (r." + moment + " - r.submitted_at)) / 3600.0")
                + " and r.submitted_at is not null";
    }

    private static String episodes(String moment) {
        return """
                select %s as day, x.hospital as organisation, null as team, p.sector, p.area as locality,
                       null as reason, x.pathway, 1 as measure
                from episode_fact x join live on x.generation = live.id
                left join places p on p.organisation = x.hospital
                where x.%s is not null and not x.cancelled""".formatted(day("x." + moment), moment);
    }

    /** The Europe/London calendar day of a timestamp: a day turns over at midnight in London, not UTC. */
    private static String day(String timestamp) {
        return "cast(" + timestamp + " at time zone 'Europe/London' as date)";
    }
}
