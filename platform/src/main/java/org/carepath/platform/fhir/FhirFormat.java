package org.carepath.platform.fhir;

import java.util.Locale;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The two wire formats of the FHIR facade. A client chooses with {@code _format} (which wins, as
 * FHIR says, so a browser can ask for XML) or Accept; JSON when it says neither.
 */
public enum FhirFormat {
    JSON("application/fhir+json"), XML("application/fhir+xml");

    public static final String JSON_TYPE = "application/fhir+json";
    public static final String XML_TYPE = "application/fhir+xml";

    private final String mediaType;

    FhirFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    IParser parser(FhirContext context) {
        return this == JSON ? context.newJsonParser() : context.newXmlParser();
    }

    /**
     * The format asked for: {@code _format} first ({@code json}, {@code xml} or a media type), then
     * the Accept header; null when {@code _format} names neither JSON nor XML.
     */
    public static FhirFormat requested(String format, String accept) {
        if (format != null) {
            String asked = format.trim().toLowerCase(Locale.ROOT);
            if (asked.equals("json") || isJson(asked)) {
                return JSON;
            }
            return asked.equals("xml") || isXml(asked) ? XML : null;
        }
        return accept != null && isXml(accept.toLowerCase(Locale.ROOT)) && !isJson(accept.toLowerCase(Locale.ROOT)) ? XML
                : JSON;
    }

    /** The format of a request body by its Content-Type: XML for any XML type, JSON otherwise. */
    public static FhirFormat ofContentType(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml") ? XML : JSON;
    }

    private static boolean isJson(String mediaTypes) {
        return mediaTypes.contains("application/fhir+json") || mediaTypes.contains("application/json");
    }

    private static boolean isXml(String mediaTypes) {
        return mediaTypes.contains("application/fhir+xml") || mediaTypes.contains("application/xml")
                || mediaTypes.contains("text/xml");
    }
}
