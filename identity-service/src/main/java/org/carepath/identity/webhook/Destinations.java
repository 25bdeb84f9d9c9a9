package org.carepath.identity.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.domain.InvalidInput;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Where a webhook may be sent: an https URL of a host on the public network. A private, link-local or loopback
 * address would let a subscriber make this service call inside the network it runs in (SSRF); loopback (with
 * plain http) is allowed only where {@code identity.webhooks.allow-loopback} says so. The host's addresses are
 * checked when subscribing and again before every attempt, so a name later pointed at a private address is
 * refused then too.
 */
@ApplicationScoped
public class Destinations {

    private final WebhookConfig config;
    private final Vertx vertx;

    public Destinations(WebhookConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    /** The URL as it will be called; fails with {@link InvalidInput} naming {@code url} when it may not be. */
    public Uni<URI> check(String url) {
        URI uri = parse(url);
        // name resolution blocks: on a worker thread, the answer back on the caller's context
        return vertx.executeBlocking(Uni.createFrom().item(() -> addresses(uri.getHost())))
                .map(addresses -> allowed(uri, addresses, config.allowLoopback()));
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("is not a URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw refused("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused("must not carry credentials or a fragment");
        }
        return uri;
    }

    private static List<InetAddress> addresses(String host) {
        try {
            return Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw refused("names a host that cannot be resolved");
        }
    }

    /** The URL, if every address its host has may be called. */
    static URI allowed(URI uri, List<InetAddress> addresses, boolean allowLoopback) {
        boolean loopback = addresses.stream().allMatch(InetAddress::isLoopbackAddress);
        if (loopback && allowLoopback) {
            return uri;
        }
        if (addresses.stream().anyMatch(Destinations::isInternal)) {
            throw refused("names a private, link-local or loopback address");
        }
        if (!"https".equals(uri.getScheme())) {
            throw refused("must use https");
        }
        return uri;
    }

    /** Addresses inside a network rather than on the internet. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local fc00::/7
            return (bytes[0] & 0xfe) == 0xfc;
        }
        // 0.0.0.0/8 and carrier-grade NAT 100.64.0.0/10
        return bytes[0] == 0 || (bytes[0] == 100 && (bytes[1] & 0xc0) == 64);
    }

    private static InvalidInput refused(String message) {
        return InvalidInput.field("url", message);
    }
}
