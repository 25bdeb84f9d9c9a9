package org.carepath.careplan.mdt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.carepath.platform.api.Limits;

/** Someone at the meeting, from any organisation: their organisation's staff may then read the meeting. */
public record Attendee(
        @Size(max = Limits.USER_ID) String userId,
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotBlank @Size(max = Limits.ODS_CODE) String organisation,
        @Size(max = Limits.LABEL) String role) {
}
