-- The service directory: who provides which service, for whom, and how fast they respond.
CREATE TABLE organisation (
    ods_code  VARCHAR(10)  PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    sector    VARCHAR(20)  NOT NULL,
    area      VARCHAR(100),
    version   BIGINT       NOT NULL
);

CREATE TABLE care_service (
    id                 UUID PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    description        TEXT,
    eligibility        TEXT,
    organisation       VARCHAR(10)  NOT NULL REFERENCES organisation (ods_code),
    team               VARCHAR(100),
    area               VARCHAR(100),
    contact            VARCHAR(300),
    -- a service accepts exactly the priorities it has a response target for
    target_routine     VARCHAR(30),
    target_urgent      VARCHAR(30),
    target_emergency   VARCHAR(30),
    retired_from       DATE,
    successor_id       UUID REFERENCES care_service (id),
    retirement_reason  TEXT,
    version            BIGINT       NOT NULL,
    CHECK (target_routine IS NOT NULL OR target_urgent IS NOT NULL OR target_emergency IS NOT NULL)
);

CREATE INDEX care_service_organisation ON care_service (organisation);
