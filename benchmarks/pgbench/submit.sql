-- One referral submit's writes in one transaction: the referral row and its outbox event (~1 KB,
-- like referral.submitted). pgbench -n -c 16 -j 2 -T 30 -f submit.sql: the database's ceiling for
-- what POST /referrals commits, on the same server and settings as the services.
\set nhs random(9990000000, 9999999999)
BEGIN;
INSERT INTO referral (id, nhs_number, referring_organisation, referring_practitioner, referring_team,
                      target_organisation, reason, status, submitted_at, version, service_id, service_name,
                      target_team, needs_domains, priority, consent_basis, due_at, duplicate_reason, updated_at)
VALUES (gen_random_uuid(), :nhs, 'RX1', 'hana.ahmed', 'ward-7', 'RY1',
        'Benchmark referral: support at home after discharge', 'REQUESTED', now(), 1,
        '00000000-0000-0000-0000-00000000be0c', 'CarePath benchmark intake', 'spa',
        '["personal-care-and-daily-living"]', 'ROUTINE', 'CONSENT_GIVEN', now() + interval '5 days', 'benchmark', now());
INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, created_at)
VALUES (gen_random_uuid()::text, 'care.referrals.v1', :nhs, 'referral.submitted',
        '{"specversion":"1.0","id":"x","source":"/carepath/referrals-service","type":"referral.submitted","time":"2026-01-01T00:00:00Z","subject":"' || :nhs || '","datacontenttype":"application/json","data":{"padding":"' || repeat('x', 800) || '"}}',
        now());
END;
