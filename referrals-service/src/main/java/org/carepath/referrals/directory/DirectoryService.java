package org.carepath.referrals.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.IfMatch;
import org.carepath.platform.api.Page;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.time.CareDay;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The directory's use cases, one method each: a service's change and the event telling everyone of
 * it commit together ({@link Changes}), or not at all.
 */
@ApplicationScoped
public class DirectoryService {

    private final OrganisationRepository organisations;
    private final CareServiceRepository services;
    private final Changes changes;
    private final Clock clock;

    public DirectoryService(OrganisationRepository organisations, CareServiceRepository services,
            Changes changes, Clock clock) {
        this.organisations = organisations;
        this.services = services;
        this.changes = changes;
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
                .onItem().ifNull().failWith(() -> new NotVisible("no organisation " + odsCode + " in the directory"));
    }

    public Uni<Page<Organisation>> organisations(Sector sector, int page, int size) {
        return Panache.withSession(() -> organisations.list(sector, page, size));
    }

    public Uni<CareService> add(String organisation, ServiceDescription details) {
        return Panache.withTransaction(() -> providerOf(organisation)
                .chain(provider -> {
                    var service = new CareService(UUID.randomUUID(), provider.odsCode());
                    Change published = service.describe(details, provider.sector(), clock.instant());
                    return services.persist(service)
                            .call(() -> changes.save(published));
                }));
    }

    public Uni<CareService> change(UUID id, ServiceDescription details, String ifMatch) {
        return Panache.withTransaction(() -> existing(id)
                .invoke(service -> IfMatch.check(ifMatch, service.version()))
                .chain(service -> providerOf(service.organisation())
                        .map(provider -> service.describe(details, provider.sector(), clock.instant()))
                        .chain(changes::save)
                        .replaceWith(service)));
    }

    public Uni<CareService> retire(UUID id, LocalDate from, UUID successorId, String reason, String ifMatch) {
        return Panache.withTransaction(() -> existing(id)
                .invoke(service -> IfMatch.check(ifMatch, service.version()))
                .chain(service -> successor(successorId)
                        .map(successor -> service.retire(from, successor, reason, clock.instant()))
                        .chain(changes::save)
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
            throw new RuleBroken("service-retired", "The service no longer takes referrals",
                    "'" + service.name() + "' stopped taking referrals on " + service.retiredFrom()
                            + (service.successorId() == null ? "" : "; refer to its successor instead")
                            + ". " + service.retirementReason())
                    .with("successorServiceId", service.successorId());
        }
    }

    private Uni<CareService> existing(UUID id) {
        return services.findById(id)
                .onItem().ifNull().failWith(() -> new NotVisible("no service " + id + " in the directory"));
    }

    private Uni<CareService> successor(UUID successorId) {
        return successorId == null ? Uni.createFrom().nullItem() : existing(successorId);
    }

    private Uni<Organisation> providerOf(String organisation) {
        return organisations.findById(organisation)
                .onItem().ifNull().failWith(() -> new InvalidInput(
                        "organisation " + organisation + " is not in the directory; register it first"));
    }

    private LocalDate today() {
        return CareDay.today(clock);
    }
}
