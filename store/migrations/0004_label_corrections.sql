-- Verdicts the rep corrected, keyed by Message-ID so that a correction
-- survives a folder being read again (new UIDVALIDITY) and applies to every
-- stored copy of the message. messages.label holds the corrected label;
-- messages.score keeps the classifier's value score.
CREATE TABLE label_corrections (
    message_id   TEXT    PRIMARY KEY,
    label        TEXT    NOT NULL CHECK (label IN ('touching_base', 'substantive')),
    corrected_at INTEGER NOT NULL
) WITHOUT ROWID;
