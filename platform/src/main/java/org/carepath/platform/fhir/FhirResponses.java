package org.carepath.platform.fhir;

import java.net.URI;
import java.time.Instant;
import java.util.Date;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Resource;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Versioned answers: a resource carries the record's version as {@code meta.versionId} and as a weak
 * ETag ({@code W/"3"}), which an update sends back in If-Match (platform's {@code IfMatch} takes
 * the weak form), so two clients changing one record cannot overwrite each other.
 */
public final class FhirResponses {

    private FhirResponses() {
    }

    public static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    /** Sets the resource's id and meta from the record it shows. */
    public static <R extends Resource> R versioned(R resource, String id, long version, Instant lastUpdated) {
        resource.setId(id);
        resource.getMeta().setVersionId(Long.toString(version));
        if (lastUpdated != null) {
            resource.getMeta().setLastUpdated(Date.from(lastUpdated));
        }
        return resource;
    }

    /** 200 with the resource and its ETag. */
    public static <R extends Resource> RestResponse<R> ok(R resource) {
        return RestResponse.ResponseBuilder.ok(resource)
                .header(HttpHeaders.ETAG, etag(Long.parseLong(resource.getMeta().getVersionId())))
                .build();
    }

    /**
     * 201 with the resource, its ETag and its versioned Location; 200 when {@code replayed} (a retry
     * with the same Idempotency-Key found the first answer).
     */
    public static <R extends Resource> RestResponse<R> created(R resource, boolean replayed, UriInfo uri) {
        String versionId = resource.getMeta().getVersionId();
        URI location = URI.create(Searchset.base(uri) + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart()
                + "/_history/" + versionId);
        return RestResponse.ResponseBuilder.<R>create(replayed ? RestResponse.Status.OK : RestResponse.Status.CREATED)
                .location(location)
                .header(HttpHeaders.ETAG, etag(Long.parseLong(versionId)))
                .entity(resource)
                .build();
    }
}
