-- Who runs this deployment and whom to contact (owned by site/): edited by administrators, read by everyone on the
-- accessibility statement, the privacy notice and /.well-known/security.txt (docs/adoption.md). Exactly one row.
CREATE TABLE site_settings (
    id                    uuid PRIMARY KEY CHECK (id = '00000000-0000-0000-0000-000000000001'),
    operator_name         text CHECK (length(btrim(operator_name)) BETWEEN 1 AND 200),
    country               text CHECK (country IN ('NO', 'SE', 'DK')),
    privacy_contact       text CHECK (length(privacy_contact) <= 320),
    accessibility_contact text CHECK (length(accessibility_contact) <= 320),
    security_contact      text CHECK (length(security_contact) <= 320),
    security_txt_expires  timestamptz,
    version               bigint      NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
INSERT INTO site_settings (id) VALUES ('00000000-0000-0000-0000-000000000001');

-- A person's copy of their own data (GET /api/v1/me/data) lists what they did: the audit trail by actor.
CREATE INDEX audit_event_actor ON audit_event (actor, id);
