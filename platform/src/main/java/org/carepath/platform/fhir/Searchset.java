package org.carepath.platform.fhir;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.platform.api.Page;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

/**
 * A page of search results as a FHIR searchset Bundle: {@code total} counts every match, and
 * {@code link} self, next and previous repeat the search with another {@code _page}, so a client
 * pages by following links and never builds a URL. Paging is CarePath's own: {@code _count}
 * (1..{@link #MAX_COUNT}, default {@link #DEFAULT_COUNT}) and {@code _page} (from 0), checked by
 * {@link FhirSearch#paging}.
 */
public final class Searchset {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 100;
    public static final String PAGE = "_page";
    public static final String COUNT = "_count";

    private Searchset() {
    }

    /** @param uri the search request, whose parameters the page links repeat */
    public static <T> Bundle of(Page<T> page, Function<T, ? extends Resource> toResource, UriInfo uri) {
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET).setTotal((int) Math.min(page.total(), Integer.MAX_VALUE));
        bundle.addLink().setRelation("self").setUrl(link(uri, page.page(), page.size()));
        if ((long) (page.page() + 1) * page.size() < page.total()) {
            bundle.addLink().setRelation("next").setUrl(link(uri, page.page() + 1, page.size()));
        }
        if (page.page() > 0) {
            bundle.addLink().setRelation("previous").setUrl(link(uri, page.page() - 1, page.size()));
        }
        String base = base(uri);
        for (T item : page.items()) {
            Resource resource = toResource.apply(item);
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch().setMode(SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /** A search that cannot match anything (an id no record can have): an empty set, without asking the database. */
    public static Bundle none(FhirSearch.Paging paging, UriInfo uri) {
        return of(new Page<>(List.<Resource>of(), paging.page(), paging.count(), 0), resource -> resource, uri);
    }

    /** A search that can match at most one resource (by id or identifier): a one-page set. */
    public static <T> Bundle ofOne(T found, Function<T, ? extends Resource> toResource, UriInfo uri) {
        List<T> items = found == null ? List.of() : List.of(found);
        return of(new Page<>(items, 0, DEFAULT_COUNT, items.size()), toResource, uri);
    }

    /** The FHIR base of the service, e.g. {@code http://host:port/fhir}: what fullUrls and references are relative to. */
    public static String base(UriInfo uri) {
        return UriBuilder.fromUri(uri.getBaseUri()).path(Fhir.ROOT).build().toString();
    }

    private static String link(UriInfo uri, int page, int count) {
        URI url = uri.getRequestUriBuilder()
                .replaceQueryParam(PAGE, page)
                .replaceQueryParam(COUNT, count)
                .replaceQueryParam("_format")
                .build();
        return url.toString();
    }
}
