-- An onward referral a redirect made names the organisation of the first referral of the chain:
-- it was made on that organisation's behalf, which reads it as its own.
ALTER TABLE referral ADD COLUMN original_referrer VARCHAR(10);

WITH RECURSIVE chain (id, first_referrer) AS (
    SELECT id, referring_organisation FROM referral WHERE redirected_from IS NULL
    UNION ALL
    SELECT onward.id, chain.first_referrer
    FROM referral onward JOIN chain ON onward.redirected_from = chain.id
)
UPDATE referral r
SET original_referrer = chain.first_referrer
FROM chain
WHERE r.id = chain.id AND r.redirected_from IS NOT NULL AND r.referring_organisation <> chain.first_referrer;

CREATE INDEX referral_original_referrer ON referral (original_referrer) WHERE original_referrer IS NOT NULL;

-- What kind of help a service gives (home-care, reablement, care-home-placement, ...); null when not said.
ALTER TABLE care_service ADD COLUMN category VARCHAR(30);

-- Response targets are at most a year (PT8760H, 260 working days); longer ones stored before the
-- bound are brought down to it, so every stored target reads back.
UPDATE care_service SET target_routine = CASE WHEN target_routine LIKE 'PT%' THEN 'PT8760H' ELSE '260 working days' END
WHERE (target_routine ~ '^PT[0-9]+H$' AND substring(target_routine from '[0-9]+')::numeric > 8760)
   OR (target_routine ~ '^[0-9]+ working days?$' AND substring(target_routine from '[0-9]+')::numeric > 260);
UPDATE care_service SET target_urgent = CASE WHEN target_urgent LIKE 'PT%' THEN 'PT8760H' ELSE '260 working days' END
WHERE (target_urgent ~ '^PT[0-9]+H$' AND substring(target_urgent from '[0-9]+')::numeric > 8760)
   OR (target_urgent ~ '^[0-9]+ working days?$' AND substring(target_urgent from '[0-9]+')::numeric > 260);
UPDATE care_service SET target_emergency = CASE WHEN target_emergency LIKE 'PT%' THEN 'PT8760H' ELSE '260 working days' END
WHERE (target_emergency ~ '^PT[0-9]+H$' AND substring(target_emergency from '[0-9]+')::numeric > 8760)
   OR (target_emergency ~ '^[0-9]+ working days?$' AND substring(target_emergency from '[0-9]+')::numeric > 260);
