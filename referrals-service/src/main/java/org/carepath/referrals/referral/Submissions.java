package org.carepath.referrals.referral;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Idempotency keys of submits, per organisation: an integration engine that retries a POST gets
 * the referral its first attempt made, not a second one.
 */
@ApplicationScoped
public class Submissions {

    public record Earlier(UUID referralId, String fingerprint) {
    }

    private final ObjectMapper json;

    public Submissions(ObjectMapper json) {
        this.json = json;
    }

    /** A digest of the request, so a reused key can be told apart from a retry. */
    public String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    Uni<Earlier> find(String organisation, String key) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select referral_id, fingerprint from submission where organisation = ?1 and idempotency_key = ?2",
                        Object[].class)
                .setParameter(1, organisation)
                .setParameter(2, key)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : new Earlier((UUID) rows.get(0)[0], (String) rows.get(0)[1])));
    }

    Uni<Integer> remember(String organisation, String key, String fingerprint, UUID referralId, Instant at) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into submission (organisation, idempotency_key, fingerprint, referral_id, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, organisation)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, referralId)
                .setParameter(5, at)
                .executeUpdate());
    }
}
