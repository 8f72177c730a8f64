-- The rep's correction wins, kept in one place: whatever writes a sent
-- message's label (a sync storing it, a classifier judging it), a
-- correction for its Message-ID decides it; making or changing a
-- correction relabels every stored copy; removing one gives back the
-- classifier's label, which its score says (below 50 is touching base).
-- Triggers do not fire themselves again (recursive triggers are off), and
-- the WHEN clauses stop at a label that already agrees or has no correction.
-- SQLite has no trigger for both INSERT and UPDATE, so the store and judge
-- triggers differ only in their event.

CREATE TRIGGER correction_wins_on_store AFTER INSERT ON messages
WHEN NEW.direction = 'out'
    AND NEW.label IS NOT coalesce((SELECT c.label FROM label_corrections c WHERE c.message_id = NEW.message_id), NEW.label)
BEGIN
    UPDATE messages SET label = (SELECT c.label FROM label_corrections c WHERE c.message_id = NEW.message_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER correction_wins_on_judge AFTER UPDATE OF label ON messages
WHEN NEW.direction = 'out'
    AND NEW.label IS NOT coalesce((SELECT c.label FROM label_corrections c WHERE c.message_id = NEW.message_id), NEW.label)
BEGIN
    UPDATE messages SET label = (SELECT c.label FROM label_corrections c WHERE c.message_id = NEW.message_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER correction_made AFTER INSERT ON label_corrections
BEGIN
    UPDATE messages SET label = NEW.label WHERE message_id = NEW.message_id AND direction = 'out';
END;

CREATE TRIGGER correction_changed AFTER UPDATE OF label ON label_corrections
BEGIN
    UPDATE messages SET label = NEW.label WHERE message_id = NEW.message_id AND direction = 'out';
END;

CREATE TRIGGER correction_removed AFTER DELETE ON label_corrections
BEGIN
    UPDATE messages SET label = CASE WHEN classifier_version = '' THEN label
            WHEN score < 50 THEN 'touching_base' ELSE 'substantive' END
    WHERE message_id = OLD.message_id AND direction = 'out';
END;
