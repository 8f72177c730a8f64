-- The body a sent message or draft was read from (its text/plain and
-- text/html parts, compressed by the store; never attachments, never
-- inbound mail), and the version of the own-text rules that wrote its
-- own_text, sign_off, answers and forwards. With both, a newer version of
-- the rules reads stored mail again without fetching it (store.StaleText).
-- Messages stored before this migration have no body and version 0.
ALTER TABLE messages ADD COLUMN body BLOB;
ALTER TABLE messages ADD COLUMN text_version INTEGER NOT NULL DEFAULT 0;
