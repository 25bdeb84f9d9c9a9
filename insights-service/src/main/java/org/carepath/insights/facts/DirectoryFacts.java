package org.carepath.insights.facts;

import java.util.List;

import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.directory.CareServiceRetired;
import org.carepath.events.directory.DirectoryEvent;

/**
 * Where each service sits: its organisation, sector and area (the locality). The latest publication wins
 * whenever it arrives; the series join referrals to it when they are read, so a referral told before its
 * service is still placed.
 */
final class DirectoryFacts implements DirectoryEvent.Handler<List<Fact>> {

    @Override
    public List<Fact> on(CareServicePublished published) {
        return List.of(Fact.of("""
                        insert into service_fact (generation, service_id, organisation, team, sector, area, published_at)
                        select g.id, ?1, ?2, ?3, ?4, ?5, cast(?6 as timestamptz) from insights_generation g where %s
                        on conflict (generation, service_id) do update set organisation = excluded.organisation,
                        team = excluded.team, sector = excluded.sector, area = excluded.area,
                        published_at = excluded.published_at
                        where excluded.published_at >= service_fact.published_at""",
                published.serviceId(), published.organisation(), published.team(), published.sector(), published.area(),
                published.at()));
    }

    /** A retired service keeps its place: the referrals it received are still counted where it was. */
    @Override
    public List<Fact> on(CareServiceRetired retired) {
        return List.of();
    }
}
