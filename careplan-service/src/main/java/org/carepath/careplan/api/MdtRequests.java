package org.carepath.careplan.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.careplan.mdt.Attendee;
import org.carepath.careplan.mdt.Consent;
import org.carepath.platform.api.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the MDT meeting endpoints. */
public final class MdtRequests {

    private MdtRequests() {
    }

    @Schema(description = "An MDT meeting of the caller's organisation; the team defaults to the caller's")
    public record NewMeeting(
            @Schema(examples = "Reablement MDT") @NotBlank @Size(max = Limits.LABEL) String title,
            @Schema(examples = "reablement") @Size(max = Limits.TEAM) String team,
            @NotNull Instant heldAt,
            @Size(max = Limits.ATTENDEES) List<@NotNull @Valid Attendee> attendees) {
    }

    @Schema(description = "A person's care plan to put on the meeting's list")
    public record NewCase(@NotNull UUID carePlanId) {
    }

    @Schema(description = "Consent to discuss (given, declined, or not-needed with the reason), and what was said")
    public record Discussion(
            @NotNull Consent consent,
            @Size(max = Limits.REASON) String consentNote,
            @Size(max = Limits.LONG_TEXT) String summary) {
    }
}
