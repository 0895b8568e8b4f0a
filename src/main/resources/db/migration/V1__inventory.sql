-- The inventory: who may reach what. No column ever holds a secret value:
-- only that a secret exists, who holds it, and where its value is kept.

CREATE TABLE inventory_info (
    id              INT PRIMARY KEY CHECK (id = 1),
    inventory_id    UUID NOT NULL,
    name            VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE organisation (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL UNIQUE,
    kind            VARCHAR(30) NOT NULL,
    contact         VARCHAR(500),
    notes           VARCHAR(4000)
);

CREATE TABLE person (
    id               UUID PRIMARY KEY,
    name             VARCHAR(200) NOT NULL UNIQUE,
    kind             VARCHAR(30) NOT NULL,
    organisation_id  UUID REFERENCES organisation(id),
    job_title        VARCHAR(200),
    status           VARCHAR(20) NOT NULL,
    last_day         DATE,
    departed_on      DATE,
    work_email       VARCHAR(320),
    personal_contact VARCHAR(500),
    notes            VARCHAR(4000)
);

CREATE TABLE person_user_name (
    person_id   UUID NOT NULL REFERENCES person(id),
    system      VARCHAR(200) NOT NULL,
    user_name   VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, system, user_name)
);

CREATE TABLE access_group (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    description VARCHAR(2000)
);

-- A member is a person or a nested group; ending a membership sets until_date.
CREATE TABLE membership (
    id               UUID PRIMARY KEY,
    group_id         UUID NOT NULL REFERENCES access_group(id),
    member_person_id UUID REFERENCES person(id),
    member_group_id  UUID REFERENCES access_group(id),
    from_date        DATE NOT NULL,
    until_date       DATE,
    CHECK ((member_person_id IS NULL) <> (member_group_id IS NULL))
);

CREATE TABLE asset (
    id                     UUID PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL UNIQUE,
    kind                   VARCHAR(30) NOT NULL,
    subtype                VARCHAR(40) NOT NULL,
    system                 VARCHAR(200),
    vendor_id              UUID REFERENCES organisation(id),
    criticality            VARCHAR(20) NOT NULL,
    owner_id               UUID REFERENCES person(id),
    set_up_by_id           UUID REFERENCES person(id),
    rotation_interval_days INT,
    rotation_procedure     VARCHAR(4000),
    value_location         VARCHAR(500),
    recovery_email         VARCHAR(320),
    recovery_phone         VARCHAR(50),
    notes                  VARCHAR(4000),
    -- kind-specific, NULL where the kind has no such field
    personal_account       BOOLEAN,
    renewal_date           DATE,
    expiry_date            DATE,
    key_number             VARCHAR(100),
    opens                  VARCHAR(500),
    copies_issued          INT,
    copies_returned        INT,
    reference              VARCHAR(200),
    spending_limit         DECIMAL(14, 2),
    allowed_address        VARCHAR(200),
    CHECK (copies_returned IS NULL OR copies_issued IS NULL OR copies_returned <= copies_issued)
);

-- Who (person or group) holds an asset, in which role, from when to when and how it ended.
CREATE TABLE custody (
    id              UUID PRIMARY KEY,
    asset_id        UUID NOT NULL REFERENCES asset(id),
    holder_person_id UUID REFERENCES person(id),
    holder_group_id UUID REFERENCES access_group(id),
    role            VARCHAR(30) NOT NULL,
    from_date       DATE NOT NULL,
    until_date      DATE,
    end_reason      VARCHAR(20),
    copies          INT,
    note            VARCHAR(2000),
    CHECK ((holder_person_id IS NULL) <> (holder_group_id IS NULL)),
    CHECK ((until_date IS NULL) = (end_reason IS NULL))
);

-- Asset -> asset edges: holding "from" gives a way into "to".
CREATE TABLE asset_grant (
    id            UUID PRIMARY KEY,
    from_asset_id UUID NOT NULL REFERENCES asset(id),
    to_asset_id   UUID NOT NULL REFERENCES asset(id),
    kind          VARCHAR(30) NOT NULL,
    from_date     DATE NOT NULL,
    until_date    DATE,
    note          VARCHAR(2000),
    CHECK (from_asset_id <> to_asset_id)
);

CREATE TABLE rotation (
    id            UUID PRIMARY KEY,
    asset_id      UUID NOT NULL REFERENCES asset(id),
    kind          VARCHAR(20) NOT NULL,
    on_date       DATE NOT NULL,
    by_person_id  UUID REFERENCES person(id),
    note          VARCHAR(2000)
);

CREATE TABLE departure (
    id               UUID PRIMARY KEY,
    person_id        UUID REFERENCES person(id),
    organisation_id  UUID REFERENCES organisation(id),
    kind             VARCHAR(20) NOT NULL,
    mode             VARCHAR(20) NOT NULL,
    last_day         DATE NOT NULL,
    created_on       DATE NOT NULL,
    note             VARCHAR(2000),
    CHECK ((person_id IS NULL) <> (organisation_id IS NULL))
);

CREATE TABLE departure_task (
    id             UUID PRIMARY KEY,
    departure_id   UUID NOT NULL REFERENCES departure(id),
    position       INT NOT NULL,
    phase          VARCHAR(30) NOT NULL,
    section        VARCHAR(30) NOT NULL,
    action         VARCHAR(40) NOT NULL,
    asset_id       UUID REFERENCES asset(id),
    title          VARCHAR(500) NOT NULL,
    reason         VARCHAR(4000),
    recipients     VARCHAR(2000),
    due_date       DATE,
    status         VARCHAR(20) NOT NULL,
    status_reason  VARCHAR(2000),
    done_by        VARCHAR(200),
    done_on        DATE,
    evidence       VARCHAR(4000),
    UNIQUE (departure_id, position)
);

-- Tamper-evident: hash = HMAC-SHA256(K_audit, previous hash || canonical row).
CREATE TABLE audit_entry (
    seq          BIGINT PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(40) NOT NULL,
    entity_type  VARCHAR(40) NOT NULL,
    entity_id    VARCHAR(80) NOT NULL,
    before_state VARCHAR(1000000),
    after_state  VARCHAR(1000000),
    hash         VARCHAR(64) NOT NULL
);

CREATE INDEX custody_asset ON custody(asset_id);
CREATE INDEX grant_from ON asset_grant(from_asset_id);
CREATE INDEX grant_to ON asset_grant(to_asset_id);
CREATE INDEX membership_group ON membership(group_id);
CREATE INDEX rotation_asset ON rotation(asset_id);
CREATE INDEX task_departure ON departure_task(departure_id);
