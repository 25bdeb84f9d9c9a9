package org.carepath.careplan.mdt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.persistence.JsonText;
import org.carepath.platform.security.CareActor;

/** A multidisciplinary team meeting of one team, with the people at it from every organisation. */
@Entity
@Table(name = "mdt_meeting")
public class MdtMeeting {

    static final class Attendees extends JsonText<List<Attendee>> {
        Attendees() {
            super(listOf(Attendee.class));
        }
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String team;

    @Column(nullable = false)
    private String title;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Convert(converter = Attendees.class)
    @Column(nullable = false)
    private List<Attendee> attendees;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MdtMeeting() {
    }

    /** A meeting of the organiser's own organisation; the team defaults to the organiser's. */
    static MdtMeeting called(String title, String team, Instant heldAt, List<Attendee> attendees, CareActor organiser,
            Instant now) {
        if (organiser.organisation() == null) {
            throw new NotPermitted("your token names no organisation, so you cannot hold an MDT meeting");
        }
        String meetingTeam = team == null || team.isBlank() ? organiser.mainTeam() : team;
        if (meetingTeam == null) {
            throw new RuleBroken("team-required", "The meeting needs a team",
                    "your token names no team; say which team's MDT this is");
        }
        MdtMeeting meeting = new MdtMeeting();
        meeting.id = UUID.randomUUID();
        meeting.organisation = organiser.organisation();
        meeting.team = meetingTeam;
        meeting.title = title;
        meeting.heldAt = heldAt;
        meeting.attendees = attendees == null ? List.of() : List.copyOf(attendees);
        meeting.createdBy = organiser.userId();
        meeting.createdAt = now;
        return meeting;
    }

    /** Staff of the holding organisation and of every attending organisation; to anyone else it does not exist. */
    void authoriseRead(CareActor actor) {
        boolean attends = actor.organisation() != null && (actor.worksFor(organisation)
                || attendees.stream().anyMatch(attendee -> attendee.organisation().equals(actor.organisation())));
        if (!attends) {
            throw new NotVisible("no MDT meeting " + id);
        }
    }

    public UUID id() { return id; }
    public String organisation() { return organisation; }
    public String team() { return team; }
    public String title() { return title; }
    public Instant heldAt() { return heldAt; }
    public List<Attendee> attendees() { return attendees; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
