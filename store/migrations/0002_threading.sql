-- Threading across folders and accounts (JWZ step 1, kept on disk): every
-- Message-ID that a stored message has or refers to belongs to one thread.
-- A message joins the thread of any id it shares; when it shares ids with
-- two threads they are merged. Threads found by subject (only for messages
-- without In-Reply-To and References) match on the RFC 5256 base subject.
CREATE TABLE thread_refs (
    message_id TEXT    PRIMARY KEY,
    thread_id  INTEGER NOT NULL REFERENCES threads (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX thread_refs_thread ON thread_refs (thread_id);

ALTER TABLE threads ADD COLUMN base_subject TEXT NOT NULL DEFAULT '';
CREATE INDEX threads_base_subject ON threads (base_subject, last_at);

-- Rows of one IMAP folder are looked up and deleted by UID.
CREATE INDEX messages_folder_uid ON messages (account_id, folder, uid);
