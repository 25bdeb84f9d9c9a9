package org.carepath.referrals.directory;

import java.util.Map;

import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.ResponseTarget;

/** What an administrator says about a service; {@code category} null when not said. */
public record ServiceDescription(String name, String description, String eligibility, String team, String area,
        String contact, ServiceCategory category, Map<Priority, ResponseTarget> responseTargets) {
}
