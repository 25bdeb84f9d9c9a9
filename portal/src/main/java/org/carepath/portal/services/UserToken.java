package org.carepath.portal.services;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.oidc.AccessTokenCredential;

/**
 * Calls a service with the signed-in user's own access token, so every access rule and audit row is that
 * user's, never the portal's.
 */
@RequestScoped
public class UserToken implements ClientHeadersFactory {

    private final AccessTokenCredential accessToken;

    public UserToken(AccessTokenCredential accessToken) {
        this.accessToken = accessToken;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", "Bearer " + accessToken.getToken());
        return headers;
    }
}
