package org.carepath.careplan.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.careplan.api.CarePlanViews.DecisionView;
import org.carepath.careplan.mdt.Attendee;
import org.carepath.careplan.mdt.Consent;
import org.carepath.careplan.mdt.MdtCase;
import org.carepath.careplan.mdt.MdtMeeting;
import org.carepath.careplan.mdt.MdtService.Agenda;

/** Response bodies of the MDT meeting endpoints. */
public final class MdtViews {

    private MdtViews() {
    }

    /** @param version also sent as the case's ETag; send it back in If-Match to record the discussion */
    public record CaseView(UUID id, UUID carePlanId, String nhsNumber, Consent consent, String consentNote,
            String consentRecordedBy, Instant consentRecordedAt, String discussion, List<DecisionView> decisions,
            String addedBy, Instant addedAt, long version) {

        static CaseView of(MdtCase found, List<DecisionView> decisions) {
            return new CaseView(found.id(), found.planId(), found.nhsNumber(), found.consent(), found.consentNote(),
                    found.consentRecordedBy(), found.consentRecordedAt(), found.discussion(), decisions,
                    found.addedBy(), found.addedAt(), found.version());
        }
    }

    /** @param cases only the cases whose care team the reader's organisation is on; null in lists */
    public record MeetingView(UUID id, String organisation, String team, String title, Instant heldAt,
            List<Attendee> attendees, List<CaseView> cases, String createdBy, Instant createdAt) {

        static MeetingView listed(MdtMeeting meeting) {
            return of(meeting, null);
        }

        static MeetingView of(Agenda agenda) {
            return of(agenda.meeting(), agenda.cases().stream()
                    .map(found -> CaseView.of(found, agenda.decisions().getOrDefault(found.id(), List.of()).stream()
                            .map(DecisionView::of).toList()))
                    .toList());
        }

        private static MeetingView of(MdtMeeting meeting, List<CaseView> cases) {
            return new MeetingView(meeting.id(), meeting.organisation(), meeting.team(), meeting.title(),
                    meeting.heldAt(), meeting.attendees(), cases, meeting.createdBy(), meeting.createdAt());
        }
    }
}
