package org.carepath.referrals.directory;

import java.util.Map;

import org.carepath.referrals.triage.Priority;
import org.carepath.referrals.triage.ResponseTarget;

/** What an administrator says about a service. */
public record ServiceDescription(String name, String description, String eligibility, String team, String area,
        String contact, Map<Priority, ResponseTarget> responseTargets) {
}
