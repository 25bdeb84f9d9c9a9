package org.carepath.platform.fhir;

/**
 * Identifier and code systems the facades write and read. UK Core's where it has one; CarePath's
 * own codes (needs domains, sectors, its referral states) under {@code urn:carepath:fhir:}, until
 * a national code system fits them.
 */
public final class Systems {

    /** UK Core: the NHS number of a person. */
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    /** UK Core: an organisation's ODS code. */
    public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String SNOMED = "http://snomed.info/sct";

    private Systems() {
    }

    /** A CarePath code system, e.g. {@code carePath("needs-domain")}. */
    public static String carePath(String name) {
        return "urn:carepath:fhir:code-system:" + name;
    }

    /** A CarePath extension, e.g. {@code extension("consent-basis")}. */
    public static String extension(String name) {
        return "urn:carepath:fhir:extension:" + name;
    }
}
