package org.carepath.identity.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.Practitioner;
import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The staff directory. Its facts about a member of staff come from their own token: on each of their calls here,
 * and as the acting user of another service's event (which that service took from their token); registration
 * details from them or an admin or manager of their employer. Never from what another caller typed.
 */
@ApplicationScoped
public class StaffDirectory {

    private final StaffRepository staff;
    private final Clock clock;
    /** What each user's token last said, so an unchanged caller costs no write. */
    private final Map<String, String> lastSeen = new ConcurrentHashMap<>();

    public StaffDirectory(StaffRepository staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    /** Called on every authenticated request; writes only when the claims differ from the last ones seen. */
    public Uni<CareActor> seen(CareActor caller) {
        if (caller.organisation() == null) {
            return Uni.createFrom().item(caller);
        }
        String teams = String.join(",", new TreeSet<>(caller.teams()));
        String claims = caller.name() + "|" + caller.organisation() + "|" + teams + "|" + caller.profession();
        if (claims.equals(lastSeen.get(caller.userId()))) {
            return Uni.createFrom().item(caller);
        }
        return Panache.withTransaction(() -> staff.upsertFromToken(caller.userId(), caller.name(), caller.organisation(),
                        teams, caller.profession()))
                .invoke(() -> lastSeen.put(caller.userId(), claims))
                .replaceWith(caller);
    }

    /** The acting user of another service's event, as it took them from their token; runs in the consumer's transaction. */
    public Uni<Void> named(Practitioner practitioner) {
        return staff.upsertFromEvent(practitioner.userId(), practitioner.name(), practitioner.organisation(),
                practitioner.team());
    }

    public Uni<StaffMember> find(String userId) {
        return Panache.withSession(() -> existing(userId));
    }

    public Uni<Page<StaffMember>> list(String organisation, int page, int size) {
        return list(organisation, null, null, page, size);
    }

    /** The directory by name, of the organisation (null: all), changed in [from, before) (either null: open). */
    public Uni<Page<StaffMember>> list(String organisation, Instant from, Instant before, int page, int size) {
        return Panache.withSession(() -> staff.page(organisation, from, before, page, size));
    }

    /** Registration details: by the practitioner themself, or by an admin or manager of their employer. */
    public Uni<StaffMember> register(String userId, Registration registration, CareActor by, String ifMatch) {
        return Panache.withTransaction(() -> existing(userId)
                .invoke(member -> refuseUnlessAllowed(member, by))
                .invoke(member -> IfMatch.check(ifMatch, member.version()))
                .invoke(member -> member.register(registration, clock.instant())));
    }

    private Uni<StaffMember> existing(String userId) {
        return staff.findById(userId)
                .onItem().ifNull().failWith(() -> new NotVisible("no practitioner " + userId + " in the directory"));
    }

    private static void refuseUnlessAllowed(StaffMember member, CareActor by) {
        boolean self = member.userId().equals(by.userId());
        boolean employerLead = (by.hasRole(Roles.ADMIN) || by.hasRole(Roles.MANAGER)) && by.worksFor(member.organisation());
        if (!self && !employerLead) {
            throw new NotPermitted("registration details are set by the practitioner, or an admin or manager of "
                    + member.organisation());
        }
    }
}
