package org.carepath.discharge.episode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class EpisodeRepository implements PanacheRepositoryBase<InpatientEpisode, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("admittedAt").and("id");

    public Uni<InpatientEpisode> openIn(String hospital, String nhsNumber) {
        return find("hospital = ?1 and nhsNumber = ?2 and status = ?3", hospital, nhsNumber, EpisodeStatus.ADMITTED)
                .firstResult();
    }

    /** A40: the hospital's episodes under a merged record's NHS number are now the survivor's. */
    public Uni<Integer> renumber(String hospital, String mergedNhsNumber, String survivorNhsNumber, Instant now) {
        return update("nhsNumber = ?1, version = version + 1, lockVersion = lockVersion + 1, updatedAt = ?4"
                        + " where hospital = ?2 and nhsNumber = ?3",
                survivorNhsNumber, hospital, mergedNhsNumber, now);
    }

    public Uni<InpatientEpisode> byVisit(String hospital, String visitNumber) {
        return find("hospital = ?1 and visitNumber = ?2", hospital, visitNumber).firstResult();
    }

    public Uni<List<InpatientEpisode>> openForPerson(String nhsNumber) {
        return list("nhsNumber = ?1 and status = ?2", nhsNumber, EpisodeStatus.ADMITTED);
    }

    /** People in hospital who no longer meet the criteria to reside: admitted, with a no-criteria period still open. */
    Uni<Long> withNoCriteriaToReside() {
        return getSession().chain(session -> session.createNativeQuery("""
                select count(*) from inpatient_episode
                where status = 'ADMITTED'
                  and exists (select 1 from jsonb_array_elements(no_criteria_periods::jsonb) period where period->>'to' is null)""",
                        Long.class)
                .getSingleResult());
    }

    /** The person's most recent discharge anywhere, against which a new emergency admission is a readmission or not. */
    Uni<Optional<InpatientEpisode>> latestDischarge(String nhsNumber, Instant before) {
        return find("nhsNumber = ?1 and status = ?2 and dischargedAt <= ?3", Sort.descending("dischargedAt"),
                nhsNumber, EpisodeStatus.DISCHARGED, before)
                .firstResult()
                .map(Optional::ofNullable);
    }

    /**
     * The episodes matching the search that the organisation may see, newest admission first: its own
     * hospital's, and open ones while a referral it accepted for the person stands.
     */
    Uni<Page<InpatientEpisode>> visible(EpisodeSearch search, String organisation, int page, int size) {
        if (search.statuses() != null && search.statuses().isEmpty()) {
            return Uni.createFrom().item(new Page<>(List.of(), page, size, 0));
        }
        Visible query = Visible.of(search, organisation);
        return Page.of(find(query.hql(), NEWEST_FIRST, query.parameters()), page, size);
    }

    /** Every episode matching the search that the organisation may see, newest admission first. */
    Uni<List<InpatientEpisode>> allVisible(EpisodeSearch search, String organisation) {
        if (search.statuses() != null && search.statuses().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Visible query = Visible.of(search, organisation);
        return list(query.hql(), NEWEST_FIRST, query.parameters());
    }

    /** The episode that recorded the delay, whoever may see it. */
    Uni<InpatientEpisode> withDelay(UUID delayId) {
        // the probe goes as text: a parameter PostgreSQL takes as jsonb, the reactive client sends a String as a JSON string
        return getSession().chain(session -> session.createNativeQuery("select * from inpatient_episode"
                        + " where cast(delays as jsonb) @> cast(cast(:probe as text) as jsonb)", InpatientEpisode.class)
                .setParameter("probe", "[{\"id\": \"" + delayId + "\"}]")
                .getSingleResultOrNull());
    }

    /**
     * Episodes with a delay attributed to the organisation, still in hospital or discharged since the
     * moment given (their delays ended by then); the GIN index on the delays finds them.
     */
    Uni<List<InpatientEpisode>> attributedTo(String organisation, Instant since) {
        // containment in the delays' JSON, answered by the GIN index on it (V3); the probe is built by PostgreSQL
        return getSession().chain(session -> session.createNativeQuery("select * from inpatient_episode"
                        + " where cast(delays as jsonb) @> jsonb_build_array(jsonb_build_object('accountableOrganisation',"
                        + " cast(:organisation as text)))"
                        + " and (status = 'ADMITTED' or status = 'DISCHARGED' and discharged_at >= :since)", InpatientEpisode.class)
                .setParameter("organisation", organisation)
                .setParameter("since", since)
                .getResultList());
    }

    /** One query for the episodes an organisation may see: the access rule is written here once, for REST and FHIR alike. */
    private record Visible(String hql, Parameters parameters) {

        static Visible of(EpisodeSearch search, String organisation) {
            StringBuilder hql = new StringBuilder("from InpatientEpisode e where (e.hospital = :organisation"
                    + " or e.status = :open and exists (from ReferralAccess r where r.nhsNumber = e.nhsNumber"
                    + " and r.organisation = :organisation and r.endedAt is null))");
            Parameters parameters = Parameters.with("organisation", organisation).and("open", EpisodeStatus.ADMITTED);
            if (search.id() != null) {
                hql.append(" and e.id = :id");
                parameters.and("id", search.id());
            }
            if (search.nhsNumber() != null) {
                hql.append(" and e.nhsNumber = :nhs");
                parameters.and("nhs", search.nhsNumber());
            }
            if (search.statuses() != null) {
                hql.append(" and e.status in :statuses");
                parameters.and("statuses", search.statuses());
            }
            if (search.ward() != null) {
                hql.append(" and e.ward = :ward");
                parameters.and("ward", search.ward());
            }
            if (search.updatedFrom() != null) {
                hql.append(" and e.updatedAt >= :updatedFrom");
                parameters.and("updatedFrom", search.updatedFrom());
            }
            if (search.updatedBefore() != null) {
                hql.append(" and e.updatedAt < :updatedBefore");
                parameters.and("updatedBefore", search.updatedBefore());
            }
            if (search.withDelays()) {
                // the converter writes an episode without delays as this very list
                hql.append(" and e.delays <> :noDelays");
                parameters.and("noDelays", List.of());
            }
            return new Visible(hql.toString(), parameters);
        }
    }

    /** Everyone in the hospital now (on one ward, if named). */
    public Uni<List<InpatientEpisode>> inHospital(String hospital, String ward) {
        return ward == null
                ? list("hospital = ?1 and status = ?2", Sort.by("ward").and("admittedAt"), hospital, EpisodeStatus.ADMITTED)
                : list("hospital = ?1 and status = ?2 and ward = ?3", Sort.by("admittedAt"), hospital, EpisodeStatus.ADMITTED,
                        ward);
    }

    /** Every episode of the hospital that was open at some moment in [from, to). */
    public Uni<List<InpatientEpisode>> openDuring(String hospital, Instant from, Instant to) {
        return list("hospital = :hospital and status <> :cancelled and admittedAt < :to"
                        + " and (dischargedAt is null or dischargedAt >= :from)",
                Sort.by("admittedAt"),
                Parameters.with("hospital", hospital).and("cancelled", EpisodeStatus.CANCELLED).and("from", from).and("to", to));
    }
}
