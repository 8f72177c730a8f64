-- How the author closed a message, as written below its own text: the
-- sign-off line and the name under it ("Best,\nJess"). A reply the app
-- drafts for the rep ends the way the rep's last email in the thread did.
-- Messages stored before this column existed have none until they are
-- synced again.
ALTER TABLE messages ADD COLUMN sign_off TEXT NOT NULL DEFAULT '';
