package org.carepath.platform.security;

import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies a bearer token once and answers its later requests with the identity OIDC built for it,
 * until the token expires and at most {@code carepath.security.token-cache.max-age}.
 * <p>
 * Why an identity provider: Quarkus asks each {@code IdentityProvider<TokenAuthenticationRequest>}
 * in turn, highest priority first, and the first identity (or failure) is the answer; augmentors
 * run after it on every request, cached or not. Standing just ahead of OIDC's provider and calling
 * it on a miss keeps OIDC's own checks (signature, issuer, expiry, roles) as they are, and only a
 * success is remembered: a failure reaches the caller, and the next request verifies again.
 * <p>
 * What is per request: OIDC puts the request's {@link RoutingContext} and the authentication request
 * context in the identity (and the latter on the routing context); they are left out of what is
 * remembered and a remembered identity is copied with this request's, so no request sees another's.
 * Principal, credentials, roles and the other attributes come from the token alone. This holds for
 * CarePath's single tenant with plain bearer tokens: a service that adopts several tenants, DPoP or
 * certificate-bound tokens, or {@code @AuthenticationContext} (checks that depend on more than the
 * token) must set max-size to 0.
 * <p>
 * The expiry check uses the system wall clock, not the platform's injectable {@code Clock}: jose4j
 * checks {@code exp} against the system time, and a remembered token must never outlive that check
 * (a test that fixes the platform clock would otherwise keep expired tokens alive).
 */
@Startup // so its counters are on /q/metrics before the first request, like every other meter
@ApplicationScoped
public class VerifiedBearerTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String METRIC = "carepath.security.token.cache";

    private final OidcIdentityProvider oidc;
    private final VerifiedTokens<SecurityIdentity> verified;
    private final Counter hits;
    private final Counter misses;

    public VerifiedBearerTokens(OidcIdentityProvider oidc, TokenCacheConfig config, MeterRegistry metrics) {
        this.oidc = oidc;
        this.verified = new VerifiedTokens<>(config.maxSize(), config.maxAge(), InstantSource.system());
        this.hits = metrics.counter(METRIC, "result", "hit");
        this.misses = metrics.counter(METRIC, "result", "miss");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Just ahead of OIDC's provider, so it is asked first. */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    /** No identity (so OIDC's provider is asked next, as without this cache) unless it is an HTTP bearer token. */
    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!verified.enabled() || routing == null || !(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.find(token);
        if (known != null) {
            hits.increment();
            return Uni.createFrom().item(forRequest(known, routing, context));
        }
        misses.increment();
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verified.remember(token, detached(identity), Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
    }

    /**
     * The identity without what belongs to the request that verified it, so a remembered token keeps none of that
     * request (its routing context holds the body, up to 1 MB). No permission checker is copied: the builder's copy
     * would keep one that calls the original identity, and with it the request. CarePath checks roles; a permission
     * check on a remembered identity would be refused, never granted.
     */
    private static SecurityIdentity detached(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(RoutingContext.class.getName());
        attributes.remove(AuthenticationRequestContext.class.getName());
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addRoles(identity.getRoles())
                .addAttributes(attributes)
                .build();
    }

    private static SecurityIdentity forRequest(SecurityIdentity known, RoutingContext routing,
            AuthenticationRequestContext context) {
        // as OIDC's tenant resolution does on every request it verifies
        routing.put(AuthenticationRequestContext.class.getName(), context);
        return QuarkusSecurityIdentity.builder(known)
                .addAttribute(RoutingContext.class.getName(), routing)
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .build();
    }
}
