CREATE TABLE referral (
    id                      UUID PRIMARY KEY,
    nhs_number              CHAR(10)     NOT NULL,
    referring_organisation  VARCHAR(10)  NOT NULL,
    referring_practitioner  VARCHAR(200) NOT NULL,
    referring_team          VARCHAR(100),
    target_organisation     VARCHAR(10)  NOT NULL,
    reason                  TEXT         NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    submitted_at            TIMESTAMPTZ,
    version                 BIGINT       NOT NULL
);

CREATE INDEX referral_person ON referral (nhs_number);
