package org.carepath.referrals.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.problem.ProblemException;
import org.carepath.referrals.messaging.DirectoryEventsOut;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Keeps the directory, and tells everyone when a service changes or stops. */
@ApplicationScoped
public class DirectoryService {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final OrganisationRepository organisations;
    private final CareServiceRepository services;
    private final DirectoryEventsOut events;
    private final Clock clock;

    public DirectoryService(OrganisationRepository organisations, CareServiceRepository services,
            DirectoryEventsOut events, Clock clock) {
        this.organisations = organisations;
        this.services = services;
        this.events = events;
        this.clock = clock;
    }

    /** Adds the organisation, or changes its name, sector or area. */
    public Uni<Organisation> register(String odsCode, String name, Sector sector, String area) {
        return Panache.withTransaction(() -> organisations.findById(odsCode)
                .chain(existing -> {
                    if (existing == null) {
                        var created = new Organisation(odsCode, name, sector, area);
                        return organisations.persist(created);
                    }
                    existing.describe(name, sector, area);
                    return Uni.createFrom().item(existing);
                }));
    }

    public Uni<Organisation> organisation(String odsCode) {
        return Panache.withSession(() -> organisations.findById(odsCode))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no organisation " + odsCode + " in the directory"));
    }

    public Uni<Page<Organisation>> organisations(Sector sector, int page, int size) {
        return Panache.withSession(() -> organisations.list(sector, page, size));
    }

    public Uni<CareService> add(String organisation, ServiceDescription details) {
        return Panache.withTransaction(() -> providerOf(organisation)
                .chain(provider -> {
                    var service = new CareService(UUID.randomUUID(), provider.odsCode());
                    var published = service.describe(details, provider.sector(), clock.instant());
                    return services.persist(service)
                            .call(() -> events.published(published));
                }));
    }

    public Uni<CareService> change(UUID id, ServiceDescription details, String ifMatch) {
        return Panache.withTransaction(() -> existing(id)
                .invoke(service -> IfMatch.check(ifMatch, service.version()))
                .chain(service -> providerOf(service.organisation())
                        .map(provider -> service.describe(details, provider.sector(), clock.instant()))
                        .chain(events::published)
                        .replaceWith(service)));
    }

    public Uni<CareService> retire(UUID id, LocalDate from, UUID successorId, String reason, String ifMatch) {
        return Panache.withTransaction(() -> existing(id)
                .invoke(service -> IfMatch.check(ifMatch, service.version()))
                .chain(service -> successor(successorId)
                        .map(successor -> service.retire(from, successor, reason, clock.instant()))
                        .chain(events::retired)
                        .replaceWith(service)));
    }

    public Uni<CareService> service(UUID id) {
        return Panache.withSession(() -> existing(id));
    }

    public Uni<Page<CareService>> search(CareServiceRepository.Search search, int page, int size) {
        return Panache.withSession(() -> services.search(search, today(), page, size));
    }

    /**
     * The service a new referral goes to: it must exist, be open today and take the priority.
     * A retired service is refused with its successor named, so the referrer can go there instead.
     */
    public Uni<CareService> openForReferral(UUID id) {
        return existing(id).invoke(this::refuseIfRetired);
    }

    private void refuseIfRetired(CareService service) {
        if (service.isRetiredOn(today())) {
            throw new ProblemException(422, "service-retired", "The service no longer takes referrals",
                    "'" + service.name() + "' stopped taking referrals on " + service.retiredFrom()
                            + (service.successorId() == null ? "" : "; refer to its successor instead")
                            + ". " + service.retirementReason())
                    .with("successorServiceId", service.successorId());
        }
    }

    private Uni<CareService> existing(UUID id) {
        return services.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no service " + id + " in the directory"));
    }

    private Uni<CareService> successor(UUID successorId) {
        return successorId == null ? Uni.createFrom().nullItem() : existing(successorId);
    }

    private Uni<Organisation> providerOf(String organisation) {
        return organisations.findById(organisation)
                .onItem().ifNull().failWith(() -> ProblemException.badRequest(
                        "organisation " + organisation + " is not in the directory; register it first"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
