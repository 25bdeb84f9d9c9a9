package org.carepath.identity.directory;

/**
 * A practitioner's professional registration.
 *
 * @param body   e.g. NMC, HCPC, GMC, Social Work England
 * @param number the registration number with that body
 */
public record Registration(String profession, String body, String number) {
}
