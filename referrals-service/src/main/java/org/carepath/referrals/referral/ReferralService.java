package org.carepath.referrals.referral;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.Refusal;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.time.CareDay;
import org.carepath.referrals.directory.DirectoryService;
import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.RiskGrade;
import org.carepath.referrals.triage.WorkingCalendar;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The referral use cases, one method each: load, check who asks, let the referral decide, and save
 * the {@link Change} it returns in the same transaction, so every change commits with its history
 * line and its event, or not at all. A caller who may not read the referral is refused as if it did
 * not exist before its If-Match is looked at, so a 412 or 428 never tells them the referral exists.
 */
@ApplicationScoped
public class ReferralService {

    /** A submit's answer; {@code replayed} when an Idempotency-Key found an earlier one. */
    public record Submitted(Referral referral, boolean replayed) {
    }

    /** A referral with its history, as one reader may see it. */
    public record Detail(Referral referral, List<ReferralTransition> history) {
    }

    private final ReferralRepository referrals;
    private final HistoryRepository history;
    private final Submissions submissions;
    private final DirectoryService directory;
    private final Changes changes;
    private final Clock clock;
    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    public ReferralService(ReferralRepository referrals, HistoryRepository history, Submissions submissions,
            DirectoryService directory, Changes changes, Clock clock) {
        this.referrals = referrals;
        this.history = history;
        this.submissions = submissions;
        this.directory = directory;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Submits a referral to a directory service. With an idempotency key, a retry of the same
     * request returns the first referral; the same key with a different request is refused.
     */
    public Uni<Submitted> submit(ReferralContent content, UUID serviceId, CareActor referrer, String idempotencyKey,
            String fingerprint) {
        content.checkDates(CareDay.of(clock.instant()));
        return Panache.withTransaction(() -> earlierSubmission(referrer, idempotencyKey, fingerprint)
                .chain(earlier -> earlier != null
                        ? referrals.findById(earlier.referralId()).map(referral -> new Submitted(referral, true))
                        : submitNew(content, serviceId, referrer, idempotencyKey, fingerprint)));
    }

    private Uni<Submissions.Earlier> earlierSubmission(CareActor referrer, String key, String fingerprint) {
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return submissions.find(referrer.organisation(), key)
                .invoke(earlier -> {
                    if (earlier != null && !earlier.fingerprint().equals(fingerprint)) {
                        throw new RuleBroken("idempotency-key-reused", "Idempotency-Key already used",
                                "this Idempotency-Key was used for a different referral; use a new key for a new referral");
                    }
                });
    }

    private Uni<Submitted> submitNew(ReferralContent content, UUID serviceId, CareActor referrer, String key,
            String fingerprint) {
        return directory.openForReferral(serviceId)
                .chain(service -> guardDuplicate(content.subject().nhsNumber(), serviceId, content.duplicateReason(), referrer)
                        .chain(possibleDuplicate -> {
                            Referral referral = Referral.draft(content, service, referrer);
                            referral.flagPossibleDuplicateOf(possibleDuplicate);
                            Change submitted = referral.submit(referrer, service, calendar, clock.instant());
                            return referrals.persist(referral)
                                    .call(() -> changes.save(submitted))
                                    .call(() -> key == null ? Uni.createFrom().voidItem()
                                            : submissions.remember(referrer.organisation(), key, fingerprint, referral.id(), clock.instant()));
                        }))
                .map(referral -> new Submitted(referral, false));
    }

    /**
     * An open referral of the person to the same service that the referrer can see is shown, not
     * silently duplicated (409, unless duplicateReason says why another is needed). One the referrer
     * cannot see is never told to them: the new referral is taken and flagged for the receiving side.
     * Two identical submits at once are stopped by a unique index (V4), not by this check alone.
     * A redirect passes the same guard, the redirecting triager being the referrer.
     */
    private Uni<UUID> guardDuplicate(String nhsNumber, UUID serviceId, String duplicateReason, CareActor referrer) {
        return referrals.openReferrals(nhsNumber, serviceId)
                .map(open -> {
                    Optional<Referral> seen = open.stream().filter(referral -> referral.isVisibleTo(referrer)).findFirst();
                    if (seen.isPresent() && duplicateReason == null) {
                        throw duplicate(seen.get());
                    }
                    return open.stream().filter(referral -> !referral.isVisibleTo(referrer)).map(Referral::id)
                            .findFirst().orElse(null);
                });
    }

    private static Refusal duplicate(Referral open) {
        return new Conflict("duplicate-referral", "The person already has an open referral to this service",
                "referral " + open.id() + " to '" + open.serviceName() + "' is " + open.status().code()
                        + "; add to it, or confirm a new one by giving duplicateReason")
                .with("existingReferral", "/referrals/" + open.id());
    }

    public Uni<Referral> act(UUID id, ReferralAction action, String reason, CareActor actor, String ifMatch) {
        return Panache.withTransaction(() -> existing(id)
                .invoke(referral -> referral.authoriseRead(actor))
                .invoke(referral -> IfMatch.check(ifMatch, referral.version()))
                .call(referral -> changes.save(referral.act(action, actor, reason, clock.instant()))));
    }

    /**
     * The referral closes and an onward one is submitted, through the duplicate guard of a submit.
     * The triager's right to redirect is checked first, so the guard never answers someone who may
     * not redirect; and before the referral changes, so the guard's query flushes nothing half-made.
     */
    public Uni<Referral> redirect(UUID id, UUID onwardServiceId, String reason, String duplicateReason, CareActor triager,
            String ifMatch) {
        String blankIsNone = ReferralContent.duplicateReasonOrNull(duplicateReason);
        return Panache.withTransaction(() -> existing(id)
                .invoke(referral -> referral.authoriseRead(triager))
                .invoke(referral -> IfMatch.check(ifMatch, referral.version()))
                .call(referral -> directory.openForReferral(onwardServiceId)
                        .invoke(onwardService -> referral.checkRedirect(triager, reason, onwardService))
                        .chain(onwardService -> guardDuplicate(referral.nhsNumber(), onwardServiceId, blankIsNone, triager)
                                .map(possibleDuplicate -> referral.redirect(triager, reason, onwardService, blankIsNone,
                                        possibleDuplicate, calendar, clock.instant())))
                        .call(changes::save)));
    }

    public Uni<Referral> triage(UUID id, RiskGrade grade, String notes, CareActor triager, String ifMatch) {
        return Panache.withTransaction(() -> existing(id)
                .invoke(referral -> referral.authoriseRead(triager))
                .invoke(referral -> IfMatch.check(ifMatch, referral.version()))
                .call(referral -> changes.save(referral.triage(triager, grade, notes, clock.instant()))));
    }

    public Uni<ReferralNote> addNote(UUID id, String text, CareActor author) {
        return Panache.withTransaction(() -> existing(id)
                .invoke(referral -> referral.authoriseRead(author))
                .map(referral -> new ReferralNote(referral.id(), author, text, clock.instant()))
                .call(history::add));
    }

    public Uni<Page<ReferralNote>> notes(UUID id, CareActor reader, int page, int size) {
        return Panache.withSession(() -> existing(id)
                .invoke(referral -> referral.authoriseRead(reader))
                .chain(referral -> history.notes(id, page, size)));
    }

    public Uni<Detail> find(UUID id, CareActor reader) {
        return Panache.withSession(() -> existing(id)
                .invoke(referral -> referral.authoriseRead(reader))
                .chain(referral -> history.transitions(id).map(transitions -> new Detail(referral, transitions))));
    }

    public Uni<Page<Referral>> involving(CareActor actor, ReferralStatus status, int page, int size) {
        return Panache.withSession(() -> referrals.involving(actor, status, page, size));
    }

    /** Referrals the actor may read that match the search; none when it asks for no state at all. */
    public Uni<Page<Referral>> search(CareActor actor, ReferralSearch search, int page, int size) {
        if (search.statuses() != null && search.statuses().isEmpty()) {
            return Uni.createFrom().item(new Page<>(List.of(), page, size, 0));
        }
        return Panache.withSession(() -> referrals.search(actor, search, page, size));
    }

    /** Moves the referral to the state asked for, by the action that leads there (see {@link Referral#moveTo}). */
    public Uni<Referral> moveTo(UUID id, ReferralStatus target, String reason, CareActor actor, String ifMatch) {
        return Panache.withTransaction(() -> existing(id)
                .invoke(referral -> referral.authoriseRead(actor))
                .invoke(referral -> IfMatch.check(ifMatch, referral.version()))
                .call(referral -> changes.save(referral.moveTo(target, actor, reason, clock.instant()))));
    }

    public Uni<Page<Referral>> worklist(CareActor triager, Set<ReferralStatus> statuses, Priority priority, int page, int size) {
        return Panache.withSession(() -> referrals.worklist(triager, statuses, priority, page, size));
    }

    private Uni<Referral> existing(UUID id) {
        return referrals.findById(id)
                .onItem().ifNull().failWith(() -> new NotVisible("no referral " + id));
    }
}
