-- Dialtone's first schema. Times are Unix seconds (UTC); JSON columns hold
-- small lists that are always read whole.

CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('imap', 'google', 'caldav', 'ics', 'demo')),
    name         TEXT    NOT NULL,
    email        TEXT    NOT NULL DEFAULT '',
    config       TEXT    NOT NULL DEFAULT '{}',
    status       TEXT    NOT NULL DEFAULT 'idle',
    last_sync_at INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL
);

-- The rep's own addresses; their domains (unless free-mail) are internal.
CREATE TABLE identities (
    email      TEXT PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE internal_domains (
    domain TEXT PRIMARY KEY
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organizations (
    key  TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE people (
    email   TEXT PRIMARY KEY,
    name    TEXT NOT NULL DEFAULT '',
    org_key TEXT NOT NULL REFERENCES organizations (key)
);

CREATE TABLE threads (
    id       INTEGER PRIMARY KEY,
    key      TEXT    NOT NULL UNIQUE,
    subject  TEXT    NOT NULL DEFAULT '',
    first_at INTEGER NOT NULL DEFAULT 0,
    last_at  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE messages (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    folder             TEXT    NOT NULL,
    uid                INTEGER NOT NULL DEFAULT 0,
    message_id         TEXT    NOT NULL,
    in_reply_to        TEXT    NOT NULL DEFAULT '',
    refs               TEXT    NOT NULL DEFAULT '[]',
    thread_id          INTEGER REFERENCES threads (id) ON DELETE SET NULL,
    direction          TEXT    NOT NULL CHECK (direction IN ('in', 'out', 'draft')),
    from_email         TEXT    NOT NULL DEFAULT '',
    from_name          TEXT    NOT NULL DEFAULT '',
    subject            TEXT    NOT NULL DEFAULT '',
    sent_at            INTEGER NOT NULL,
    own_text           TEXT    NOT NULL DEFAULT '',
    size               INTEGER NOT NULL DEFAULT 0,
    oversize           INTEGER NOT NULL DEFAULT 0,
    attachments        TEXT    NOT NULL DEFAULT '[]',
    label              TEXT    NOT NULL DEFAULT '' CHECK (label IN ('', 'touching_base', 'substantive')),
    score              INTEGER NOT NULL DEFAULT 0,
    reasons            TEXT    NOT NULL DEFAULT '[]',
    classifier_version TEXT    NOT NULL DEFAULT '',
    -- 1 when a recipient is outside the rep's company (kept current by the
    -- store whenever the rep's addresses or domains change).
    external           INTEGER NOT NULL DEFAULT 0,
    -- Text facts for the thread rules (model.TextFacts), written once.
    facts_version      INTEGER NOT NULL DEFAULT 0,
    words              INTEGER NOT NULL DEFAULT 0,
    questions          INTEGER NOT NULL DEFAULT 0,
    cues               INTEGER NOT NULL DEFAULT 0,
    noncommittal       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, folder, uid, message_id)
);
CREATE INDEX messages_direction_sent ON messages (direction, sent_at, external, label);
CREATE INDEX messages_thread ON messages (thread_id, sent_at);
CREATE INDEX messages_message_id ON messages (message_id);

CREATE TABLE recipients (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('to', 'cc', 'bcc')),
    email      TEXT    NOT NULL,
    name       TEXT    NOT NULL DEFAULT '',
    domain     TEXT    NOT NULL,
    external   INTEGER NOT NULL DEFAULT 0,
    -- Copied from the message so that counting the people contacted in a
    -- week reads one small index instead of joining messages.
    outbound   INTEGER NOT NULL DEFAULT 0,
    sent_at    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (message_id, kind, email)
);
CREATE INDEX recipients_contacts ON recipients (sent_at, email) WHERE external = 1 AND outbound = 1;
CREATE INDEX recipients_email ON recipients (email);
-- Covers the weekly report's join from messages to external recipients.
CREATE INDEX recipients_external ON recipients (message_id, external, email);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    calendar       TEXT    NOT NULL DEFAULT '',
    uid            TEXT    NOT NULL,
    recurrence_id  TEXT    NOT NULL DEFAULT '',
    summary        TEXT    NOT NULL DEFAULT '',
    start_at       INTEGER NOT NULL,
    end_at         INTEGER NOT NULL,
    all_day        INTEGER NOT NULL DEFAULT 0,
    status         TEXT    NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'tentative', 'cancelled')),
    organizer_email TEXT   NOT NULL DEFAULT '',
    organizer_name TEXT    NOT NULL DEFAULT '',
    conference_url TEXT    NOT NULL DEFAULT '',
    location       TEXT    NOT NULL DEFAULT '',
    -- Kept current by the store, like messages.external: an attendee is
    -- outside the rep's company; the rep declined.
    external       INTEGER NOT NULL DEFAULT 0,
    declined       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, calendar, uid, recurrence_id)
);
CREATE INDEX events_start ON events (start_at, external, declined, all_day, status, end_at, uid, recurrence_id);

CREATE TABLE attendees (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    email    TEXT    NOT NULL,
    name     TEXT    NOT NULL DEFAULT '',
    response TEXT    NOT NULL DEFAULT 'needs_action',
    is_self  INTEGER NOT NULL DEFAULT 0,
    domain   TEXT    NOT NULL,
    external INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, email)
);
-- Covers the connect rules' look-ups of an event's attendees.
CREATE INDEX attendees_connect ON attendees (event_id, external, is_self, response, email);

CREATE TABLE calls (
    id               INTEGER PRIMARY KEY,
    person_email     TEXT    NOT NULL,
    person_name      TEXT    NOT NULL DEFAULT '',
    started_at       INTEGER NOT NULL,
    duration_seconds INTEGER NOT NULL CHECK (duration_seconds >= 0),
    note             TEXT    NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL
);
CREATE INDEX calls_started ON calls (started_at);

-- One cursor per account and scope (an IMAP folder, a calendar, a Gmail
-- history stream), written in the same transaction as the data it covers.
CREATE TABLE sync_cursors (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    scope      TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, scope)
);
