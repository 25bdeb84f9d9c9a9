package org.carepath.identity.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.journey.SharingRules;
import org.carepath.identity.person.PersonIndex;
import org.carepath.identity.person.PersonNumbers;
import org.carepath.identity.relationship.RelationshipRepository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Which organisations may hear an event about a person: the same rules as reading their journey, without
 * break-glass (no one is there to give a reason) and without self-granted relationships (a sender may not earn
 * a feed about a person by its own act alone). Call inside the consumer's session.
 */
@ApplicationScoped
class Audience {

    private final PersonIndex index;
    private final RelationshipRepository relationships;
    private final SharingRules sharing;

    Audience(PersonIndex index, RelationshipRepository relationships, SharingRules sharing) {
        this.index = index;
        this.relationships = relationships;
        this.sharing = sharing;
    }

    /**
     * The subscriptions whose organisation may hear the event: one look per organisation, however many
     * subscriptions it has, one after another in the session. The person is followed through merges.
     *
     * @param recordedBy the organisation the journey files the event under; null for none
     */
    Uni<List<WebhookSubscription>> hearing(List<WebhookSubscription> subscriptions, String nhsNumber, String recordedBy,
            Instant happened, Instant now) {
        Map<String, List<WebhookSubscription>> byOrganisation = subscriptions.stream()
                .collect(Collectors.groupingBy(WebhookSubscription::organisation));
        return index.resolve(nhsNumber)
                .chain(person -> Multi.createFrom().iterable(byOrganisation.entrySet())
                        .onItem().transformToUniAndConcatenate(entry -> mayHear(person, entry.getKey(), recordedBy,
                                happened, now)
                                .map(allowed -> allowed ? entry.getValue() : List.<WebhookSubscription>of()))
                        .collect().asList())
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    /**
     * It has a standing relationship with the person now (once the event is applied, so a referral's receiving
     * team hears of the referral) or had one just before the event happened (so a team hears of the rejection or
     * its leaving that ends it), and the person's sharing objections show it what the recording organisation
     * recorded.
     */
    private Uni<Boolean> mayHear(PersonNumbers person, String organisation, String recordedBy, Instant happened,
            Instant now) {
        return relationships.isStanding(person.all(), organisation, now)
                .chain(standing -> standing
                        ? Uni.createFrom().item(true)
                        : relationships.isStanding(person.all(), organisation, happened.minusNanos(1_000)))
                .chain(involved -> involved
                        ? sharing.shows(person.all(), organisation, recordedBy)
                        : Uni.createFrom().item(false));
    }
}
