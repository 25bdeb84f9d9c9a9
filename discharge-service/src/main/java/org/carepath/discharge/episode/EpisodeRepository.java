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

    public Uni<InpatientEpisode> openIn(String hospital, String nhsNumber) {
        return find("hospital = ?1 and nhsNumber = ?2 and status = ?3", hospital, nhsNumber, EpisodeStatus.ADMITTED)
                .firstResult();
    }

    /** A40: the hospital's episodes under a merged record's NHS number are now the survivor's. */
    public Uni<Integer> renumber(String hospital, String mergedNhsNumber, String survivorNhsNumber) {
        return update("nhsNumber = ?1, version = version + 1, lockVersion = lockVersion + 1 where hospital = ?2 and nhsNumber = ?3",
                survivorNhsNumber, hospital, mergedNhsNumber);
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

    /** The person's episodes the organisation may see: its own hospital's, and open ones while a referral it accepted stands. */
    Uni<Page<InpatientEpisode>> visible(String nhsNumber, String organisation, int page, int size) {
        return Page.of(find("from InpatientEpisode e where e.nhsNumber = :nhs and (e.hospital = :organisation"
                        + " or e.status = :open and exists (from ReferralAccess r where r.nhsNumber = e.nhsNumber"
                        + " and r.organisation = :organisation and r.endedAt is null))",
                Sort.descending("admittedAt").and("id"),
                Parameters.with("nhs", nhsNumber).and("organisation", organisation).and("open", EpisodeStatus.ADMITTED)),
                page, size);
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
