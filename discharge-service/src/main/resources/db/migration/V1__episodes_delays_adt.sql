-- One row per inpatient episode. Its histories (wards, EDD changes, criteria-to-reside periods,
-- delays, milestones, the audit of undone steps) are JSON in text on the row, so every change of
-- an episode is one row update under one version check.
CREATE TABLE inpatient_episode (
    id                       UUID PRIMARY KEY,
    nhs_number               CHAR(10)     NOT NULL,
    hospital                 VARCHAR(10)  NOT NULL,
    -- PV1-19 from the hospital system, when the episode came over ADT
    visit_number             VARCHAR(100),
    status                   VARCHAR(20)  NOT NULL,
    ward                     VARCHAR(100) NOT NULL,
    bed                      VARCHAR(50),
    admitted_at              TIMESTAMPTZ  NOT NULL,
    admission_method         VARCHAR(20)  NOT NULL,
    clinical_criteria        TEXT,
    expected_discharge_date  DATE,
    planned_pathway          SMALLINT,
    actual_pathway           SMALLINT,
    destination              VARCHAR(300),
    discharged_at            TIMESTAMPTZ,
    readmission_of           UUID REFERENCES inpatient_episode (id),
    ward_stays               TEXT         NOT NULL,
    edd_changes              TEXT         NOT NULL,
    no_criteria_periods      TEXT         NOT NULL,
    delays                   TEXT         NOT NULL,
    milestones               TEXT         NOT NULL,
    audit                    TEXT         NOT NULL,
    version                  BIGINT       NOT NULL,
    lock_version             BIGINT       NOT NULL
);

CREATE INDEX inpatient_episode_person ON inpatient_episode (nhs_number, admitted_at);
CREATE INDEX inpatient_episode_board ON inpatient_episode (hospital, status, ward);
CREATE UNIQUE INDEX inpatient_episode_visit ON inpatient_episode (hospital, visit_number) WHERE visit_number IS NOT NULL;
-- One open episode per person in one hospital, even when two admissions race.
CREATE UNIQUE INDEX inpatient_episode_one_open ON inpatient_episode (nhs_number, hospital) WHERE status = 'ADMITTED';

-- Delay reason codes as reference data: England's A-J set by default; another jurisdiction's set
-- can be loaded beside it and chosen by configuration.
CREATE TABLE delay_code (
    code_set  VARCHAR(30)  NOT NULL,
    code      VARCHAR(10)  NOT NULL,
    reason    VARCHAR(300) NOT NULL,
    PRIMARY KEY (code_set, code)
);

INSERT INTO delay_code (code_set, code, reason) VALUES
    ('england', 'A', 'Completion of assessment'),
    ('england', 'B', 'Public funding'),
    ('england', 'C', 'Further non-acute NHS care'),
    ('england', 'D(i)', 'Residential home placement'),
    ('england', 'D(ii)', 'Nursing home placement'),
    ('england', 'E', 'Care package in own home'),
    ('england', 'F', 'Community equipment and adaptations'),
    ('england', 'G', 'Patient or family choice'),
    ('england', 'H', 'Disputes'),
    ('england', 'I', 'Housing'),
    ('england', 'J', 'Other');

-- Every ADT message applied, by sender and message control id (MSH-10), with the ACK it got:
-- the same message again gets the same ACK and changes nothing.
CREATE TABLE adt_message (
    sending_facility  VARCHAR(100) NOT NULL,
    control_id        VARCHAR(200) NOT NULL,
    trigger_event     VARCHAR(10)  NOT NULL,
    ack_code          VARCHAR(2)   NOT NULL,
    ack_text          TEXT,
    episode_id        UUID,
    received_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (sending_facility, control_id)
);

-- Organisations with an accepted referral for the person: they may read the person's open episodes.
CREATE TABLE referral_access (
    referral_id   UUID PRIMARY KEY,
    nhs_number    CHAR(10)     NOT NULL,
    organisation  VARCHAR(10)  NOT NULL,
    team          VARCHAR(100),
    accepted_at   TIMESTAMPTZ  NOT NULL
);

CREATE INDEX referral_access_person ON referral_access (nhs_number, organisation);
