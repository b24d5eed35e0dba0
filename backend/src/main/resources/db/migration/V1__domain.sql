-- Klimanett domain schema. Every rule that protects the data is also a database
-- constraint: the code checks first (for good error messages), the database last.

CREATE EXTENSION IF NOT EXISTS btree_gist;   -- for the non-overlapping membership periods

-- ------------------------------------------------------------------ organisations
CREATE TABLE organisation (
    id                  uuid PRIMARY KEY,
    name                text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    country             char(2)     NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    org_number          text        CHECK (org_number IS NULL OR length(org_number) BETWEEN 1 AND 40),
    org_number_verified boolean     NOT NULL DEFAULT false,
    sector              text        NOT NULL CHECK (sector IN ('PUBLIC', 'PRIVATE', 'ACADEMIC', 'NON_PROFIT')),
    nace_code           text        CHECK (nace_code IS NULL OR nace_code ~ '^[A-U](\d{2}(\.\d{1,2})?)?$'),
    municipality        text        CHECK (municipality IS NULL OR length(municipality) <= 120),
    employee_count      integer     CHECK (employee_count IS NULL OR employee_count >= 0),
    demo                boolean     NOT NULL DEFAULT false,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisation_number_per_country ON organisation (country, org_number) WHERE org_number IS NOT NULL;
CREATE INDEX organisation_name ON organisation (lower(name));

-- ------------------------------------------------------------------ networks
CREATE TABLE network (
    id                  uuid PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    name                text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    country             char(2)     NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    region              text        CHECK (region IS NULL OR length(region) <= 120),
    founded_on          date,
    description         text        CHECK (description IS NULL OR length(description) <= 4000),
    parent_id           uuid        REFERENCES network (id),
    visibility          text        NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'MEMBERS_ONLY')),
    -- what anonymous callers see of the figures (the privacy choice of the design)
    publication_level   text        NOT NULL DEFAULT 'BY_SECTOR' CHECK (publication_level IN ('TOTALS', 'BY_SECTOR', 'BY_ORGANISATION')),
    min_group_size      integer     NOT NULL DEFAULT 3 CHECK (min_group_size BETWEEN 1 AND 100),
    default_languages   text[]      NOT NULL DEFAULT '{en}',
    demo                boolean     NOT NULL DEFAULT false,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX network_parent ON network (parent_id);

-- ------------------------------------------------------------------ memberships
CREATE TABLE membership (
    id                  uuid PRIMARY KEY,
    organisation_id     uuid        NOT NULL REFERENCES organisation (id),
    network_id          uuid        NOT NULL REFERENCES network (id),
    role                text        NOT NULL CHECK (role IN ('PARTNER', 'FOUNDING_PARTNER', 'OBSERVER')),
    joined_on           date        NOT NULL,
    left_on             date,
    agreement_reference text        CHECK (agreement_reference IS NULL OR length(agreement_reference) <= 200),
    agreement_signed_on date,
    period_start        date,
    period_end          date,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (left_on IS NULL OR left_on >= joined_on),
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
    -- leave and rejoin is allowed, two memberships at the same time are not
    EXCLUDE USING gist (organisation_id WITH =, network_id WITH =,
                        daterange(joined_on, left_on, '[]') WITH &&)
);
CREATE INDEX membership_network ON membership (network_id);
CREATE INDEX membership_organisation ON membership (organisation_id);

-- ------------------------------------------------------------------ commitments
CREATE TABLE commitment (
    id                      uuid PRIMARY KEY,
    network_id              uuid        NOT NULL REFERENCES network (id),
    organisation_id         uuid        REFERENCES organisation (id),   -- NULL: the network's own target
    title                   text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    description             text        CHECK (description IS NULL OR length(description) <= 4000),
    target_type             text        NOT NULL CHECK (target_type IN ('ABSOLUTE', 'INTENSITY', 'NET_ZERO', 'FIXED_LEVEL', 'ACTION')),
    intensity_metric        text        CHECK (intensity_metric IN ('PER_EMPLOYEE', 'PER_M2', 'PER_REVENUE_MNOK')),
    scope1_coverage_pct     numeric(5,2) CHECK (scope1_coverage_pct BETWEEN 0 AND 100),
    scope2_coverage_pct     numeric(5,2) CHECK (scope2_coverage_pct BETWEEN 0 AND 100),
    scope3_coverage_pct     numeric(5,2) CHECK (scope3_coverage_pct BETWEEN 0 AND 100),
    base_year               integer     CHECK (base_year BETWEEN 1990 AND 2100),
    base_year_emissions_t   numeric(16,3) CHECK (base_year_emissions_t >= 0),
    target_year             integer     CHECK (target_year BETWEEN 1990 AND 2100),
    reduction_pct           numeric(5,2) CHECK (reduction_pct BETWEEN 0 AND 100),
    target_level_t          numeric(16,3) CHECK (target_level_t >= 0),
    action_category         text        CHECK (action_category IS NULL OR length(action_category) <= 120),
    due_on                  date,
    status                  text        NOT NULL CHECK (status IN ('PLEDGED', 'IN_STRATEGY', 'ADOPTED', 'VALIDATED_EXTERNALLY',
                                                                  'IN_PROGRESS', 'ACHIEVED', 'MISSED', 'WITHDRAWN')),
    demo                    boolean     NOT NULL DEFAULT false,
    version                 bigint      NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK (target_year IS NULL OR base_year IS NULL OR target_year > base_year),
    CHECK (target_type <> 'INTENSITY' OR intensity_metric IS NOT NULL),
    CHECK (target_type NOT IN ('ABSOLUTE', 'INTENSITY') OR (base_year IS NOT NULL AND target_year IS NOT NULL AND reduction_pct IS NOT NULL)),
    CHECK (target_type <> 'NET_ZERO' OR target_year IS NOT NULL),
    CHECK (target_type <> 'FIXED_LEVEL' OR (target_year IS NOT NULL AND target_level_t IS NOT NULL))
);
CREATE INDEX commitment_network ON commitment (network_id);
CREATE INDEX commitment_organisation ON commitment (organisation_id);

CREATE TABLE commitment_status_change (
    id              uuid PRIMARY KEY,
    commitment_id   uuid        NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    from_status     text,
    to_status       text        NOT NULL,
    comment         text        CHECK (comment IS NULL OR length(comment) <= 2000),
    changed_at      timestamptz NOT NULL DEFAULT now(),
    changed_by      text        NOT NULL
);
CREATE INDEX commitment_status_change_commitment ON commitment_status_change (commitment_id, changed_at);

-- ------------------------------------------------------------------ emission factors
CREATE TABLE emission_factor_set (
    id              uuid PRIMARY KEY,
    name            text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    version         text        NOT NULL CHECK (length(version) BETWEEN 1 AND 40),
    country         char(2)     CHECK (country ~ '^[A-Z]{2}$'),
    year            integer     NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    gwp_set         text        NOT NULL CHECK (gwp_set IN ('AR5', 'AR6')),
    description     text        CHECK (description IS NULL OR length(description) <= 4000),
    illustrative    boolean     NOT NULL DEFAULT false,
    version_lock    bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, version)
);

CREATE TABLE emission_factor (
    id              uuid PRIMARY KEY,
    set_id          uuid        NOT NULL REFERENCES emission_factor_set (id) ON DELETE CASCADE,
    code            text        NOT NULL CHECK (code ~ '^[a-z0-9_.-]{1,80}$'),
    name            text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    scope           smallint    NOT NULL CHECK (scope BETWEEN 1 AND 3),
    category        text        NOT NULL,
    unit            text        NOT NULL CHECK (length(unit) BETWEEN 1 AND 40),
    kg_co2e_per_unit numeric(18,6) NOT NULL CHECK (kg_co2e_per_unit >= 0),
    source          text        NOT NULL CHECK (length(btrim(source)) BETWEEN 1 AND 500),
    UNIQUE (set_id, code)
);

-- ------------------------------------------------------------------ yearly reports
CREATE TABLE report (
    id                      uuid PRIMARY KEY,
    organisation_id         uuid        NOT NULL REFERENCES organisation (id),
    year                    integer     NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    revision                integer     NOT NULL DEFAULT 1 CHECK (revision >= 1),
    status                  text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    consolidation_approach  text        NOT NULL DEFAULT 'OPERATIONAL_CONTROL'
                                        CHECK (consolidation_approach IN ('OPERATIONAL_CONTROL', 'FINANCIAL_CONTROL', 'EQUITY_SHARE')),
    boundary_note           text        CHECK (boundary_note IS NULL OR length(boundary_note) <= 4000),
    gwp_set                 text        NOT NULL DEFAULT 'AR6' CHECK (gwp_set IN ('AR5', 'AR6')),
    methods_note            text        CHECK (methods_note IS NULL OR length(methods_note) <= 4000),
    factor_set_id           uuid        REFERENCES emission_factor_set (id),
    biogenic_co2_t          numeric(16,3) CHECK (biogenic_co2_t >= 0),
    employees               integer     CHECK (employees >= 0),
    floor_area_m2           numeric(14,2) CHECK (floor_area_m2 >= 0),
    revenue_mnok            numeric(14,3) CHECK (revenue_mnok >= 0),
    return_comment          text        CHECK (return_comment IS NULL OR length(return_comment) <= 4000),
    submitted_at            timestamptz,
    submitted_by            text,
    approved_at             timestamptz,
    approved_by             text,
    demo                    boolean     NOT NULL DEFAULT false,
    version                 bigint      NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, year)
);
CREATE INDEX report_status ON report (status, year);

CREATE TABLE report_line (
    id                  uuid PRIMARY KEY,
    report_id           uuid        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position            integer     NOT NULL CHECK (position >= 0),
    scope               smallint    NOT NULL CHECK (scope BETWEEN 1 AND 3),
    category            text        NOT NULL,
    activity            text        CHECK (activity IS NULL OR length(activity) <= 500),
    quantity            numeric(18,4) CHECK (quantity >= 0),
    unit                text        CHECK (unit IS NULL OR length(unit) <= 40),
    emission_factor_id  uuid        REFERENCES emission_factor (id),
    factor_kg_per_unit  numeric(18,6) CHECK (factor_kg_per_unit >= 0),
    factor_source       text        CHECK (factor_source IS NULL OR length(factor_source) <= 500),
    -- market-based factor for scope 2 lines given as activity × factor
    market_factor_kg_per_unit numeric(18,6) CHECK (market_factor_kg_per_unit >= 0),
    direct_t            numeric(16,3) CHECK (direct_t >= 0),
    direct_market_t     numeric(16,3) CHECK (direct_market_t >= 0),
    -- computed on write (exact decimal arithmetic in one place: ReportLineCalculator)
    emissions_t         numeric(16,3) NOT NULL CHECK (emissions_t >= 0),
    market_emissions_t  numeric(16,3) CHECK (market_emissions_t >= 0),
    method              text        NOT NULL CHECK (method IN ('ACTIVITY', 'DIRECT')),
    CHECK (method <> 'ACTIVITY' OR (quantity IS NOT NULL AND unit IS NOT NULL AND factor_kg_per_unit IS NOT NULL)),
    CHECK (method <> 'DIRECT' OR direct_t IS NOT NULL),
    CHECK (scope = 2 OR (market_emissions_t IS NULL AND direct_market_t IS NULL AND market_factor_kg_per_unit IS NULL))
);
CREATE INDEX report_line_report ON report_line (report_id, position);

CREATE TABLE report_scope3_notation (
    report_id   uuid    NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    category    text    NOT NULL,
    notation    text    NOT NULL CHECK (notation IN ('NO', 'NE', 'IE', 'C')),
    reason      text    NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
    PRIMARY KEY (report_id, category)
);

-- An approved report that is reopened keeps its approved content here, unchanged.
CREATE TABLE report_revision (
    id              uuid PRIMARY KEY,
    report_id       uuid        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    revision        integer     NOT NULL,
    snapshot        jsonb       NOT NULL,
    approved_at     timestamptz,
    approved_by     text,
    reopened_at     timestamptz NOT NULL DEFAULT now(),
    reopened_by     text        NOT NULL,
    reopen_reason   text        NOT NULL,
    UNIQUE (report_id, revision)
);

-- Base-year recalculations: a restated series beside the submitted figures, never over them.
CREATE TABLE restatement (
    id                  uuid PRIMARY KEY,
    organisation_id     uuid        NOT NULL REFERENCES organisation (id),
    year                integer     NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    reason_type         text        NOT NULL CHECK (reason_type IN ('STRUCTURAL_CHANGE', 'METHOD_CHANGE', 'ERROR')),
    reason              text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    scope1_t            numeric(16,3) NOT NULL CHECK (scope1_t >= 0),
    scope2_location_t   numeric(16,3) NOT NULL CHECK (scope2_location_t >= 0),
    scope2_market_t     numeric(16,3) CHECK (scope2_market_t >= 0),
    scope3_t            numeric(16,3) CHECK (scope3_t >= 0),
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    recorded_by         text        NOT NULL
);
CREATE INDEX restatement_organisation ON restatement (organisation_id, year);

-- ------------------------------------------------------------------ audit
CREATE TABLE audit_event (
    id              bigserial PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    actor           text        NOT NULL,
    entity_type     text        NOT NULL,
    entity_id       uuid        NOT NULL,
    action          text        NOT NULL,
    details         jsonb
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id, id);

-- ------------------------------------------------------------------ users, grants, clients
CREATE TABLE app_user (
    id              uuid PRIMARY KEY,
    email           text        NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
    display_name    text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    password_hash   text        NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email ON app_user (lower(email));

CREATE TABLE role_grant (
    id              uuid PRIMARY KEY,
    user_id         uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role            text        NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'VIEWER', 'REPORTER')),
    network_id      uuid        REFERENCES network (id) ON DELETE CASCADE,
    organisation_id uuid        REFERENCES organisation (id) ON DELETE CASCADE,
    CHECK ((role = 'ADMIN' AND network_id IS NULL AND organisation_id IS NULL)
        OR (role IN ('COORDINATOR', 'VIEWER') AND network_id IS NOT NULL AND organisation_id IS NULL)
        OR (role = 'REPORTER' AND organisation_id IS NOT NULL AND network_id IS NULL))
);
CREATE UNIQUE INDEX role_grant_unique ON role_grant (user_id, role, coalesce(network_id, organisation_id, '00000000-0000-0000-0000-000000000000'));

CREATE TABLE api_client (
    id              uuid PRIMARY KEY,
    client_id       text        NOT NULL UNIQUE CHECK (client_id ~ '^[a-zA-Z0-9_.-]{3,80}$'),
    name            text        NOT NULL,
    secret_hash     text        NOT NULL,
    scopes          text[]      NOT NULL DEFAULT '{}',
    active          boolean     NOT NULL DEFAULT true,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_client_network (
    api_client_id   uuid NOT NULL REFERENCES api_client (id) ON DELETE CASCADE,
    network_id      uuid NOT NULL REFERENCES network (id) ON DELETE CASCADE,
    PRIMARY KEY (api_client_id, network_id)
);

-- ------------------------------------------------------------------ idempotency
CREATE TABLE idempotency_record (
    principal       text        NOT NULL,
    idem_key        text        NOT NULL,
    method          text        NOT NULL,
    path            text        NOT NULL,
    request_hash    text        NOT NULL,
    status          integer     NOT NULL,
    response_body   text,
    location        text,
    etag            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idem_key)
);
