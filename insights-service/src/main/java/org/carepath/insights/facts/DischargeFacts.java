package org.carepath.insights.facts;

import java.util.List;

import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayAcknowledged;
import org.carepath.events.discharge.DelayDisputed;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayLinked;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DemographicsReported;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.discharge.DischargePathwaySet;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.ExpectedDischargeDateChanged;
import org.carepath.events.discharge.MilestoneUpdated;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.discharge.PatientRecordsMerged;
import org.carepath.events.discharge.PatientTransferred;

/**
 * Delays (reason, accountable sector, span), discharges with their pathway, and readmissions within 30
 * days (discharge-service detects them). An episode's events share its person's partition, so they arrive
 * in the order they happened, live and in a rebuild alike.
 */
final class DischargeFacts implements DischargeEvent.Handler<List<Fact>> {

    private static final String DELAY = """
            insert into delay_fact (generation, delay_id, hospital, reason_code, sector, started_at, ended_at)
            select g.id, ?1, ?2, ?3, ?4, cast(?5 as timestamptz), cast(?6 as timestamptz)
            from insights_generation g where %s
            on conflict (generation, delay_id) do update set reason_code = excluded.reason_code,
            sector = excluded.sector, started_at = coalesce(excluded.started_at, delay_fact.started_at),
            ended_at = coalesce(excluded.ended_at, delay_fact.ended_at)""";
    private static final String EPISODE = """
            insert into episode_fact (generation, episode_id, hospital, discharged_at, pathway, readmitted_at)
            select g.id, ?1, ?2, cast(?3 as timestamptz), cast(?4 as smallint), cast(?5 as timestamptz)
            from insights_generation g where %s
            on conflict (generation, episode_id) do update set
            """;

    @Override
    public List<Fact> on(DelayStarted started) {
        return List.of(Fact.of(DELAY, started.delayId(), started.hospital(), started.reasonCode(), started.sector(),
                started.startedAt(), null));
    }

    @Override
    public List<Fact> on(DelayEnded ended) {
        return List.of(Fact.of(DELAY, ended.delayId(), ended.hospital(), ended.reasonCode(), ended.sector(),
                ended.startedAt(), ended.endedAt()));
    }

    @Override
    public List<Fact> on(PatientDischarged discharged) {
        return List.of(Fact.of(EPISODE + """
                        discharged_at = excluded.discharged_at,
                        pathway = coalesce(excluded.pathway, episode_fact.pathway)""",
                discharged.episodeId(), discharged.hospital(), discharged.dischargedAt(), discharged.pathway(), null));
    }

    /** The actual pathway, when the discharge itself did not say it. */
    @Override
    public List<Fact> on(DischargePathwaySet set) {
        if (!"actual".equals(set.kind())) {
            return List.of();
        }
        return List.of(Fact.of(EPISODE + "pathway = coalesce(episode_fact.pathway, excluded.pathway)",
                set.episodeId(), set.hospital(), null, set.pathway(), null));
    }

    @Override
    public List<Fact> on(PatientReadmitted readmitted) {
        return List.of(Fact.of(EPISODE + "readmitted_at = excluded.readmitted_at",
                readmitted.episodeId(), readmitted.hospital(), null, null, readmitted.admittedAt()));
    }

    /** A cancelled admission counts nowhere; a cancelled discharge is no discharge (until the next one). */
    @Override
    public List<Fact> on(EpisodeCancelled cancelled) {
        return switch (cancelled.cancelled()) {
            case "admission" -> List.of(Fact.of(EPISODE + "cancelled = true",
                    cancelled.episodeId(), cancelled.hospital(), null, null, null));
            case "discharge" -> List.of(Fact.of(EPISODE + "discharged_at = null",
                    cancelled.episodeId(), cancelled.hospital(), null, null, null));
            default -> List.of();
        };
    }

    @Override
    public List<Fact> on(CriteriaToResideRecorded recorded) {
        return List.of();
    }

    @Override
    public List<Fact> on(DelayAcknowledged acknowledged) {
        return List.of();
    }

    @Override
    public List<Fact> on(DelayDisputed disputed) {
        return List.of();
    }

    @Override
    public List<Fact> on(DelayLinked linked) {
        return List.of();
    }

    @Override
    public List<Fact> on(DemographicsReported reported) {
        return List.of();
    }

    @Override
    public List<Fact> on(ExpectedDischargeDateChanged changed) {
        return List.of();
    }

    @Override
    public List<Fact> on(MilestoneUpdated updated) {
        return List.of();
    }

    @Override
    public List<Fact> on(PatientAdmitted admitted) {
        return List.of();
    }

    @Override
    public List<Fact> on(PatientRecordsMerged merged) {
        return List.of();
    }

    @Override
    public List<Fact> on(PatientTransferred transferred) {
        return List.of();
    }
}
