package org.carepath.discharge.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.RuleBroken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Delay reason codes as reference data. The code set in force is configuration
 * ({@code discharge.delay-code-set}, England's A-J by default); another set can be loaded beside it.
 */
@ApplicationScoped
public class DelayCodes implements PanacheRepositoryBase<DelayCode, DelayCode.Key> {

    /** One code of a set being loaded. */
    public record Entry(String code, String reason) {
    }

    private final String codeSetInForce;

    public DelayCodes(@ConfigProperty(name = "discharge.delay-code-set", defaultValue = "england") String codeSetInForce) {
        this.codeSetInForce = codeSetInForce;
    }

    /** The codes of a set, the one in force when none is named. */
    public Uni<List<DelayCode>> read(String codeSet) {
        return Panache.withSession(() -> inSet(codeSet == null ? codeSetInForce : codeSet));
    }

    private Uni<List<DelayCode>> inSet(String codeSet) {
        return list("codeSet", Sort.by("code"), codeSet);
    }

    /** The reason for a code of the set in force; refused, naming the codes there are, otherwise. */
    public Uni<DelayReason> reason(String code) {
        return findById(new DelayCode.Key(codeSetInForce, code))
                .chain(found -> found != null ? Uni.createFrom().item(found.toReason())
                        : inSet(codeSetInForce).map(codes -> {
                            throw new RuleBroken("unknown-delay-code", "Unknown delay reason code",
                                    "'" + code + "' is not a code of the " + codeSetInForce + " set")
                                    .with("codes", codes.stream().map(DelayCode::code).toList());
                        }));
    }

    /** Replaces a whole code set (never the one in force while delays may cite it). */
    public Uni<List<DelayCode>> load(String codeSet, List<Entry> entries) {
        if (codeSet.equals(codeSetInForce)) {
            return Uni.createFrom().failure(new Conflict("the " + codeSet
                    + " set is in force; load the new set under another name and switch discharge.delay-code-set"));
        }
        return Panache.withTransaction(() -> delete("codeSet", codeSet)
                .chain(() -> Multi.createFrom().iterable(entries)
                        .onItem().transformToUniAndConcatenate(entry -> persist(new DelayCode(codeSet, entry.code(), entry.reason())))
                        .collect().asList())
                .chain(() -> inSet(codeSet)));
    }
}
