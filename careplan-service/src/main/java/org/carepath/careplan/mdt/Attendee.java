package org.carepath.careplan.mdt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone at the meeting, from any organisation: their organisation's staff may then read the meeting. */
public record Attendee(
        @Size(max = 200) String userId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 10) String organisation,
        @Size(max = 200) String role) {
}
