package org.carepath.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.http.HttpMethod;

/**
 * A busy region's data (issue #17): 100,000 referrals, 1,000,000 journey entries and a hospital's
 * 20,000 stays, written straight into the launcher's databases (once: a rerun finds them), then the
 * plans PostgreSQL chooses for the queries such a region runs all day, and journey reads at a fixed
 * rate. The region's people are NHS numbers from 999 000 0000 up (the benchmark's submits draw from
 * the whole 999 range but never give these people entries of the type their journey lag looks for).
 */
final class BusyRegion {

    static final int PEOPLE = 20_000;
    static final int REFERRALS_PER_PERSON = 5;
    static final int ENTRIES_PER_PERSON = 50;
    static final int STAYS_PER_PERSON = 1;
    private static final String MARK = "bench-region";
    /** The reader: staff of the hospital every region person has a relationship with. */
    static final String HOSPITAL = "RX1";
    private static final String COUNCIL = "LA1";
    private static final String COUNCIL_TEAM = "adult-front-door";
    private static final List<String> WARDS = List.of("ward-1", "ward-2", "ward-3", "ward-4", "ward-5", "ward-6",
            "ward-7", "ward-8", "ward-9", "ward-10");

    /** One query's plan: its top node, whether it reads an index and sorts, and how long it took. */
    record Plan(String query, String plan, boolean usesIndex, boolean sorts, boolean scansTable, double executionMs) {

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("plan", plan);
            json.put("usesIndex", usesIndex);
            json.put("sorts", sorts);
            json.put("scansWholeTable", scansTable);
            json.put("executionMs", executionMs);
            return json;
        }
    }

    private final List<String> people;

    private BusyRegion(List<String> people) {
        this.people = people;
    }

    /** Loads what is not there yet, and says how much there is. */
    static BusyRegion load() throws SQLException {
        NhsNumberSequence sequence = new NhsNumberSequence(0);
        List<String> people = new ArrayList<>(PEOPLE);
        for (int i = 0; i < PEOPLE; i++) {
            people.add(sequence.next());
        }
        BusyRegion region = new BusyRegion(people);
        region.loadReferrals();
        region.loadJourney();
        region.loadStays();
        return region;
    }

    private void loadReferrals() throws SQLException {
        try (Connection db = Db.connect("referrals")) {
            if (Db.count(db, "select count(*) from referral where referring_practitioner = ?", MARK)
                    >= (long) PEOPLE * REFERRALS_PER_PERSON) {
                return;
            }
            Db.count(db, "with gone as (delete from referral where referring_practitioner = ? returning 1) select count(*) from gone", MARK);
            long services = Db.count(db, "select count(*) from care_service where retired_from is null");
            if (services < REFERRALS_PER_PERSON) {
                throw new IllegalStateException("the directory has " + services + " open services; the region needs "
                        + REFERRALS_PER_PERSON + " (deploy/local/carepath demo seeds them)");
            }
            // each person referred once to each of five services: 1 in 5 still open, the rest answered long ago
            execute(db, """
                    insert into referral (id, nhs_number, referring_organisation, referring_practitioner, referring_practitioner_name,
                        target_organisation, target_team, service_id, service_name, reason, status, priority, consent_basis,
                        needs_domains, local_identifiers, assessments, risk_grade, submitted_at, due_at, overdue_notified_at, version)
                    select gen_random_uuid(), p.nhs, 'RX1', ?, 'Busy region', s.organisation, s.team, s.id, s.name,
                        'Busy region referral', case when (p.n + s.k) % 5 = 0 then (array['REQUESTED','RECEIVED','ACCEPTED'])[1 + p.n % 3]
                            else (array['COMPLETED','REJECTED','CANCELLED','IN_PROGRESS'])[1 + p.n % 4] end,
                        (array['ROUTINE','URGENT','EMERGENCY'])[1 + (p.n + s.k) % 3], 'CONSENT_GIVEN', '[]', '[]', '[]',
                        (array[null,'HIGH','MEDIUM','LOW'])[1 + p.n % 4],
                        timestamptz '2024-01-01' + (p.n * interval '23 minutes') + (s.k * interval '1 day'),
                        timestamptz '2024-01-08' + (p.n * interval '23 minutes') + (s.k * interval '1 day'),
                        timestamptz '2024-01-08' + (p.n * interval '23 minutes') + (s.k * interval '1 day'), 1
                    from unnest(?::text[]) with ordinality as p(nhs, n)
                    cross join lateral (select id, organisation, team, name, row_number() over (order by id) as k
                        from care_service where retired_from is null order by (hashtext(id::text) + p.n) % 1000 limit ?) s
                    """, MARK, people, REFERRALS_PER_PERSON);
            execute(db, "analyze referral");
        }
    }

    private void loadJourney() throws SQLException {
        try (Connection db = Db.connect("identity")) {
            if (Db.count(db, "select count(*) from journey_entry where source_topic = ?", MARK)
                    >= (long) PEOPLE * ENTRIES_PER_PERSON) {
                return;
            }
            Db.count(db, "with gone as (delete from journey_entry where source_topic = ? returning 1) select count(*) from gone", MARK);
            execute(db, "insert into person (nhs_number, version, created_at, updated_at) select n, 1, now(), now()"
                    + " from unnest(?::text[]) n on conflict do nothing", people);
            execute(db, "insert into care_relationship (id, nhs_number, organisation, basis, source_event_id, started_at,"
                    + " subject_key, description) select gen_random_uuid(), n, ?, 'hospital-episode', ? || '-' || n,"
                    + " timestamptz '2024-01-01', ? || '-' || n, 'in hospital (busy region)' from unnest(?::text[]) n"
                    + " on conflict do nothing", HOSPITAL, MARK, MARK, people);
            execute(db, """
                    insert into journey_entry (id, nhs_number, event_id, event_type, occurred_at, organisation, team, actor,
                        summary, recorded_at, projected_at, source_topic)
                    select gen_random_uuid(), p.nhs, ? || '-' || p.nhs || '-' || i, 'careplan.versioned',
                        timestamptz '2024-01-01' + (i * interval '7 days') + (p.n * interval '1 minute'), 'RY1', 'community-nursing',
                        'Busy region', 'Care plan reviewed (busy region entry ' || i || ')',
                        timestamptz '2024-01-01' + (i * interval '7 days') + (p.n * interval '1 minute'), now(), ?
                    from unnest(?::text[]) with ordinality as p(nhs, n), generate_series(1, ?) i
                    """, MARK, MARK, people, ENTRIES_PER_PERSON);
            execute(db, "analyze journey_entry");
            execute(db, "analyze care_relationship");
        }
    }

    private void loadStays() throws SQLException {
        try (Connection db = Db.connect("discharge")) {
            if (Db.count(db, "select count(*) from inpatient_episode where visit_number like ?", MARK + "%")
                    >= (long) PEOPLE * STAYS_PER_PERSON) {
                return;
            }
            Db.count(db, "with gone as (delete from inpatient_episode where visit_number like ? returning 1) select count(*) from gone",
                    MARK + "%");
            // one stay each at the hospital: 1 in 20 still in, spread over ten wards
            execute(db, """
                    insert into inpatient_episode (id, nhs_number, hospital, visit_number, status, ward, bed, admitted_at,
                        admission_method, ward_stays, edd_changes, no_criteria_periods, delays, milestones, audit, version,
                        lock_version, discharged_at, updated_at)
                    select gen_random_uuid(), p.nhs, ?, ? || '-' || p.n, case when p.n % 20 = 0 then 'ADMITTED' else 'DISCHARGED' end,
                        (?::text[])[1 + p.n % 10], null, timestamptz '2024-01-01' + (p.n * interval '30 minutes'), 'EMERGENCY',
                        '[]', '[]', '[]', '[]', '[]', '[]', 1, 0,
                        case when p.n % 20 = 0 then null else timestamptz '2024-01-04' + (p.n * interval '30 minutes') end,
                        timestamptz '2024-01-04' + (p.n * interval '30 minutes')
                    from unnest(?::text[]) with ordinality as p(nhs, n)
                    on conflict do nothing
                    """, HOSPITAL, MARK, WARDS, people);
            execute(db, "analyze inpatient_episode");
        }
    }

    /** The plans of the queries a busy region runs, as the services send them. */
    List<Plan> plans() throws SQLException {
        String person = people.get(PEOPLE / 2);
        List<Plan> plans = new ArrayList<>();
        try (Connection db = Db.connect("referrals")) {
            String service = text(db, "select service_id::text from referral where nhs_number = ? limit 1", person);
            // the council's front door: a team's worklist as a triager sees it (the benchmark's own referrals
            // all wait at one community service, a worklist no real team has); as referrals-service sends it,
            // each team (and no team) and status read in order from referral_worklist_order as far as the page reaches
            String bucket = "(select * from referral where target_organisation = ? and %s and status = ?"
                    + " order by worklist_rank, due_at, id limit ?)";
            String worklist = String.join(" union all ", String.format(bucket, "target_team is null"),
                    String.format(bucket, "target_team = ?"), String.format(bucket, "target_team is null"),
                    String.format(bucket, "target_team = ?"));
            plans.add(explain(db, "triage worklist of the council's front door", "select * from (" + worklist + ") worklist"
                    + " order by worklist_rank, due_at, id offset 0 rows fetch first 20 rows only",
                    COUNCIL, "REQUESTED", 20, COUNCIL, COUNCIL_TEAM, "REQUESTED", 20,
                    COUNCIL, "RECEIVED", 20, COUNCIL, COUNCIL_TEAM, "RECEIVED", 20));
            plans.add(explain(db, "duplicate guard (person, service, open)", """
                    select * from referral where nhs_number = ? and service_id = ?::uuid
                      and status in ('REQUESTED','RECEIVED','ACCEPTED','IN_PROGRESS','ON_HOLD') order by submitted_at, id""",
                    person, service));
            String side = "(select id from referral where %s = ? order by submitted_at desc, id desc limit 20)";
            plans.add(explain(db, "referrals involving the hospital, newest first", "select * from referral where id in ("
                    + String.format(side, "referring_organisation") + " union " + String.format(side, "target_organisation")
                    + " union " + String.format(side, "original_referrer") + ") order by submitted_at desc, id desc offset 0 limit 20",
                    HOSPITAL, HOSPITAL, HOSPITAL));
        }
        try (Connection db = Db.connect("identity")) {
            plans.add(explain(db, "journey of one person, first page", """
                    select * from journey_entry where nhs_number in (?) order by occurred_at, recorded_at, event_id
                      offset 0 limit 50""", person));
            plans.add(explain(db, "relationship check of the reader", """
                    select 1 from care_relationship where nhs_number in (?) and organisation = ? and ended_at is null limit 1""",
                    person, HOSPITAL));
        }
        try (Connection db = Db.connect("discharge")) {
            plans.add(explain(db, "ward board", """
                    select * from inpatient_episode where hospital = ? and status = 'ADMITTED' and ward = ? order by admitted_at""",
                    HOSPITAL, WARDS.get(6)));
        }
        return plans;
    }

    /** {@code perSecond} journey reads of random region people by a member of the hospital's staff. */
    SubmitLoad.Outcome journeyReads(Api api, String token, int perSecond, Duration duration) throws InterruptedException {
        return SubmitLoad.openLoop(api, perSecond, duration, 256, () -> {
            String person = people.get(ThreadLocalRandom.current().nextInt(PEOPLE));
            LoadClient.Request read = new LoadClient.Request(HttpMethod.GET, Api.IDENTITY + "/persons/" + person + "/journey",
                    Map.of("Authorization", "Bearer " + token), null, Duration.ofSeconds(30));
            return new SubmitLoad.Call(read, person, 200);
        });
    }

    /** How much of the region each database holds now. */
    static Map<String, Long> sizes() throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Connection db = Db.connect("referrals")) {
            sizes.put("referrals", Db.count(db, "select count(*) from referral"));
        }
        try (Connection db = Db.connect("identity")) {
            sizes.put("journeyEntries", Db.count(db, "select count(*) from journey_entry"));
        }
        try (Connection db = Db.connect("discharge")) {
            sizes.put("hospitalStays", Db.count(db, "select count(*) from inpatient_episode"));
        }
        return sizes;
    }

    private static Plan explain(Connection db, String name, String sql, Object... parameters) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("explain (analyze, buffers, format text) " + sql)) {
            bind(db, statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        String text = String.join("\n", lines);
        double ms = lines.stream().filter(line -> line.startsWith("Execution Time:"))
                .mapToDouble(line -> Double.parseDouble(line.replaceAll("[^0-9.]", ""))).findFirst().orElse(Double.NaN);
        return new Plan(name, lines.get(0).trim().replaceAll("\\s+\\(cost=.*", ""),
                text.contains("Index Scan") || text.contains("Index Only Scan") || text.contains("Bitmap Index Scan"),
                text.contains("Sort Key") || text.contains("Sort  ("), text.contains("Seq Scan"), ms);
    }

    private static String text(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(db, statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(db, statement, parameters);
            statement.execute();
        }
    }

    private static void bind(Connection db, PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof List<?> list) {
                Array array = db.createArrayOf("text", list.toArray());
                statement.setArray(i + 1, array);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }
}
