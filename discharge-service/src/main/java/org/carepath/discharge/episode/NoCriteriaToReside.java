package org.carepath.discharge.episode;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.metrics.CountedNow;

import io.smallrye.mutiny.Uni;

/** {@code carepath_discharge_no_criteria_to_reside}: people in hospital who no longer meet the criteria to reside. */
@ApplicationScoped
public class NoCriteriaToReside implements CountedNow {

    private final EpisodeRepository episodes;

    public NoCriteriaToReside(EpisodeRepository episodes) {
        this.episodes = episodes;
    }

    @Override
    public String name() {
        return "carepath.discharge.no.criteria.to.reside";
    }

    @Override
    public String description() {
        return "People admitted who no longer meet the criteria to reside (each day after is a delayed day)";
    }

    @Override
    public Uni<Long> count() {
        return episodes.withNoCriteriaToReside();
    }
}
