package org.carepath.insights.series;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.time.CareDay;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Daily series computed from the live facts for the range asked: exact, and the same after a rebuild. A
 * manager sees their own organisation's rows and the region's totals (every organisation summed), never
 * another organisation's own rows.
 */
@ApplicationScoped
public class InsightsSeries {

    // ?1 from, ?2 to, ?3 today (a stock counts no day yet to come), ?4 the caller's organisation
    private static final String FACTS = """
            with live as (select id from insights_generation where state = 'live'),
            today as (select cast(?3 as date) as day),
            days as (select cast(d as date) as day
                     from generate_series(cast(?1 as date), cast(?2 as date), interval '1 day') d),
            places as (select distinct on (s.organisation) s.organisation, s.sector, s.area
                       from service_fact s join live on s.generation = live.id
                       order by s.organisation, s.published_at desc),
            referrals as (select f.*, s.sector, s.area as locality
                          from referral_fact f join live on f.generation = live.id
                          left join service_fact s on s.generation = f.generation and s.service_id = f.service_id)
            """;

    private final Clock clock;

    public InsightsSeries(Clock clock) {
        this.clock = clock;
    }

    public Uni<Series> series(CareActor manager, SeriesRequest request) {
        if (manager.organisation() == null) {
            throw new NotPermitted("insights are shown to a manager of an organisation: the token names none");
        }
        return Panache.withSession(() -> rows(request, manager.organisation())
                .chain(own -> rows(request, null)
                        .map(region -> new Series(request.metric().code(), request.metric().kind().unit(), request.from(),
                                request.to(), request.groupBy().code(), manager.organisation(),
                                concat(filled(request, SeriesPoint.ORGANISATION, own), filled(request, SeriesPoint.REGION, region))))));
    }

    /** A day's value per group: the organisation's rows grouped as asked, or the region's total (null organisation). */
    private Uni<Map<String, Map<LocalDate, Measured>>> rows(SeriesRequest request, String organisation) {
        Metric metric = request.metric();
        String group = organisation == null ? "'" + SeriesPoint.REGION + "'" : request.groupBy().column();
        String sql = FACTS + "select m.day, " + group + " as grp, count(m.measure) as n, " + metric.kind().aggregate()
                + " as value from (" + metric.facts() + ") m where m.day between cast(?1 as date) and cast(?2 as date)"
                + (organisation == null ? "" : " and m.organisation = ?4")
                + " group by 1, 2";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter(1, request.from())
                    .setParameter(2, request.to())
                    .setParameter(3, CareDay.today(clock));
            if (organisation != null) {
                query.setParameter(4, organisation);
            }
            return query.getResultList();
        }).map(InsightsSeries::byGroup);
    }

    private static Map<String, Map<LocalDate, Measured>> byGroup(List<Object[]> rows) {
        Map<String, Map<LocalDate, Measured>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            LocalDate day = LocalDate.parse(row[0].toString());
            long counted = ((Number) row[2]).longValue();
            BigDecimal value = row[3] == null ? null : new BigDecimal(row[3].toString());
            groups.computeIfAbsent((String) row[1], g -> new LinkedHashMap<>()).put(day, new Measured(counted, value));
        }
        return groups;
    }

    /**
     * Every day of the range for each group that has any: a count is 0 on a day with nothing, a median has no
     * value. The region has a row every day even with nothing at all.
     */
    private static List<SeriesPoint> filled(SeriesRequest request, String scope, Map<String, Map<LocalDate, Measured>> groups) {
        boolean count = request.metric().kind() == Metric.Kind.COUNT;
        var names = new TreeSet<>(groups.keySet());
        if (SeriesPoint.REGION.equals(scope)) {
            names.add(SeriesPoint.REGION);
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (String name : names) {
            Map<LocalDate, Measured> days = groups.getOrDefault(name, Map.of());
            for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
                Measured measured = days.getOrDefault(day, new Measured(0, count ? BigDecimal.ZERO : null));
                points.add(SeriesPoint.of(day, scope, name, measured.value(), measured.counted()));
            }
        }
        return points;
    }

    private static List<SeriesPoint> concat(List<SeriesPoint> own, List<SeriesPoint> region) {
        List<SeriesPoint> all = new ArrayList<>(own);
        all.addAll(region);
        return List.copyOf(all);
    }

    /** What a day's fact rows came to, and how many there were. */
    private record Measured(long counted, BigDecimal value) {
    }
}
