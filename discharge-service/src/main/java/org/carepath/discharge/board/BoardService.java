package org.carepath.discharge.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.discharge.episode.EpisodeRepository;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.time.CareDay;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The board and the sitrep of the reader's own hospital: their token's organisation. */
@ApplicationScoped
public class BoardService {

    private final EpisodeRepository episodes;
    private final Clock clock;

    public BoardService(EpisodeRepository episodes, Clock clock) {
        this.episodes = episodes;
        this.clock = clock;
    }

    /** Everyone in the hospital now, or on one ward if named. */
    public Uni<Board> board(CareActor reader, String ward) {
        String hospital = hospitalOf(reader);
        Instant now = clock.instant();
        return Panache.withSession(() -> episodes.inHospital(hospital, ward))
                .map(found -> Board.of(hospital, ward, found, now));
    }

    /** The situation report for a London date, today's if none is named. */
    public Uni<Sitrep> sitrep(CareActor reader, LocalDate date) {
        String hospital = hospitalOf(reader);
        LocalDate day = date == null ? CareDay.today(clock) : date;
        var from = day.atStartOfDay(CareDay.ZONE).toInstant();
        var to = day.plusDays(1).atStartOfDay(CareDay.ZONE).toInstant();
        return Panache.withSession(() -> episodes.openDuring(hospital, from, to))
                .map(found -> Sitrep.of(hospital, day, found));
    }

    private static String hospitalOf(CareActor reader) {
        if (reader.organisation() == null) {
            throw new NotPermitted("your token names no organisation, so there is no hospital board for you");
        }
        return reader.organisation();
    }
}
