-- One person's shared journey: an entry per event from any service, in plain words.
CREATE TABLE journey_entry (
    id            UUID PRIMARY KEY,
    nhs_number    CHAR(10)     NOT NULL,
    event_id      VARCHAR(64)  NOT NULL UNIQUE,
    event_type    VARCHAR(100) NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    organisation  VARCHAR(10),
    team          VARCHAR(100),
    actor         VARCHAR(200),
    summary       TEXT         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL
);

CREATE INDEX journey_entry_person ON journey_entry (nhs_number, occurred_at);

-- Who is involved with whom, derived from events: the basis for seeing a person's journey.
CREATE TABLE care_relationship (
    id               UUID PRIMARY KEY,
    nhs_number       CHAR(10)     NOT NULL,
    organisation     VARCHAR(10)  NOT NULL,
    basis            VARCHAR(50)  NOT NULL,
    source_event_id  VARCHAR(64)  NOT NULL,
    started_at       TIMESTAMPTZ  NOT NULL,
    ended_at         TIMESTAMPTZ,
    UNIQUE (source_event_id, organisation, basis)
);

CREATE INDEX care_relationship_person ON care_relationship (nhs_number, organisation);
