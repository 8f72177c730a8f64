-- Whether a message passes on someone else's message below its own text
-- (a forward, not a quoted reply). A forward is material for the reader
-- even when the own text is only "FYI". Messages stored before this
-- column existed read as not forwarding until they are synced again.
ALTER TABLE messages ADD COLUMN forwards INTEGER NOT NULL DEFAULT 0;
