package org.carepath.referrals.referral;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {
}
