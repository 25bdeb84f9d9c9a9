package org.carepath.identity.person;

/**
 * @param kind                  hospital-mrn, council-person-id or community-id
 * @param assigningOrganisation ODS code of the organisation whose system assigned it
 */
public record LocalIdentifier(String kind, String value, String assigningOrganisation) {

    @Override
    public String toString() {
        return kind + " " + value + " of " + assigningOrganisation;
    }
}
