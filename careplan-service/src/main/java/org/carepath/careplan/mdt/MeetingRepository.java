package org.carepath.careplan.mdt;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;
import org.carepath.platform.domain.NotVisible;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** MDT meetings and their case lists. */
@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<MdtMeeting, UUID> {

    Uni<MdtMeeting> meeting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> new NotVisible("no MDT meeting " + id));
    }

    /** The organisation's meetings, optionally of one team, latest first. */
    Uni<Page<MdtMeeting>> ofOrganisation(String organisation, String team, int page, int size) {
        Sort latest = Sort.descending("heldAt").and("id");
        return team == null
                ? Page.of(find("organisation", latest, organisation), page, size)
                : Page.of(find("organisation = :organisation and team = :team", latest,
                        Parameters.with("organisation", organisation).and("team", team)), page, size);
    }

    /** The cases on whose plans the reader's organisation has a place on the care team; others stay hidden. */
    Uni<List<MdtCase>> casesReadableBy(UUID meetingId, String organisation) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("""
                        from MdtCase c where c.meetingId = :meeting and exists (from CareTeamMember m
                         where m.planId = c.planId and m.organisation = :organisation and m.leftAt is null)
                         order by c.addedAt, c.id""", MdtCase.class)
                .setParameter("meeting", meetingId)
                .setParameter("organisation", organisation)
                .getResultList());
    }

    Uni<MdtCase> onList(UUID meetingId, UUID caseId) {
        return Panache.getSession().chain(session -> session.find(MdtCase.class, caseId))
                .invoke(found -> {
                    if (found == null || !found.meetingId().equals(meetingId)) {
                        throw new NotVisible("MDT meeting " + meetingId + " has no case " + caseId);
                    }
                });
    }

    Uni<Boolean> listed(UUID meetingId, UUID planId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(*) from MdtCase where meetingId = :meeting and planId = :plan", Long.class)
                .setParameter("meeting", meetingId)
                .setParameter("plan", planId)
                .getSingleResult())
                .map(count -> count > 0);
    }
}
