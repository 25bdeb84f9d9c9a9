-- An accepted referral's access ends when the referral is cancelled or rejected; only a referral to
-- a package-of-care service counts towards "package of care confirmed".
-- Rows from before this knew neither the service nor its kind: they keep the access and the milestone
-- they gave, and do not hold the milestone for another referral that ends.
ALTER TABLE referral_access
    ADD COLUMN service_id       UUID,
    ADD COLUMN package_of_care  BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN ended_at         TIMESTAMPTZ;

CREATE INDEX referral_access_service ON referral_access (service_id) WHERE ended_at IS NULL;

-- What kind of help each directory service gives, from care.directory.v1 (care-service.published).
CREATE TABLE care_service_kind (
    service_id    UUID PRIMARY KEY,
    category      VARCHAR(30),
    published_at  TIMESTAMPTZ NOT NULL
);
