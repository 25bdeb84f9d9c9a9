package org.carepath.identity.person;

import java.util.List;

/**
 * One person as the projections know them.
 *
 * @param survivor the NHS number the person is known by now
 * @param all      the survivor and every NHS number merged into it
 */
public record PersonNumbers(String survivor, List<String> all) {
}
