package store

import (
	"context"
	"database/sql"
	"encoding/json"

	"dialtone/model"
)

// Classification is a classifier's verdict on one stored message.
type Classification struct {
	MessageID int64
	Label     model.Label
	Score     int
	Reasons   []model.Reason
	Version   string
}

// CorrectLabel records the rep's verdict on an outbound message: label
// replaces the classifier's label on every stored copy of the message (by
// Message-ID) and keeps doing so when it is classified again. An empty label
// removes the correction and restores the classifier's verdict (its score
// says which). It returns the message as stored.
func (d *DB) CorrectLabel(ctx context.Context, id int64, label model.Label) (model.Message, error) {
	if label != "" && label != model.TouchingBase && label != model.Substantive {
		return model.Message{}, model.Errorf(model.EINVALID, "A verdict is touching_base or substantive, not %q.", label)
	}
	err := d.withTx(ctx, func(tx *sql.Tx) error {
		var msgID string
		var dir model.Direction
		err := tx.QueryRowContext(ctx, `SELECT message_id, direction FROM messages WHERE id = ?`, id).Scan(&msgID, &dir)
		if err == sql.ErrNoRows {
			return model.Errorf(model.ENOTFOUND, "Message %d was not found.", id)
		}
		if err != nil {
			return dbErr(err, "correct a verdict")
		}
		if dir != model.Outbound {
			return model.Errorf(model.EINVALID, "Only emails you sent have a verdict to correct.")
		}
		// Every stored copy follows the correction, or gets the
		// classifier's label back when it is removed (migration 0006).
		if label == "" {
			_, err = tx.ExecContext(ctx, `DELETE FROM label_corrections WHERE message_id = ?`, msgID)
			return dbErr(err, "correct a verdict")
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO label_corrections (message_id, label, corrected_at) VALUES (?, ?, ?)
			ON CONFLICT (message_id) DO UPDATE SET label = excluded.label, corrected_at = excluded.corrected_at`,
			msgID, label, unix(d.clock.Now()))
		return dbErr(err, "correct a verdict")
	})
	if err != nil {
		return model.Message{}, err
	}
	return d.Message(ctx, id)
}

// CorrectedMessages returns one stored copy of each sent message whose
// verdict the rep corrected, oldest first.
func (d *DB) CorrectedMessages(ctx context.Context) ([]model.Message, error) {
	return d.queryMessages(ctx, `SELECT `+messageColumns+` FROM messages m
		WHERE m.direction = 'out' AND m.id = (SELECT min(x.id) FROM messages x WHERE x.message_id = m.message_id AND x.direction = 'out')
		AND EXISTS (SELECT 1 FROM label_corrections c WHERE c.message_id = m.message_id)
		ORDER BY m.sent_at, m.id`)
}

// SetFacts stores messages' text facts in one transaction.
func (d *DB) SetFacts(ctx context.Context, facts map[int64]model.TextFacts) error {
	return d.withTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		for id, f := range facts {
			if _, err := w.exec(`UPDATE messages SET facts_version = ?, words = ?, questions = ?, cues = ?, noncommittal = ? WHERE id = ?`,
				f.Version, f.Words, f.Questions, f.Cues, f.NonCommittal, id); err != nil {
				return dbErr(err, "save text facts")
			}
		}
		return nil
	})
}

// StaleThreads returns the ids of threads holding an outbound message that
// the given classifier version has not judged, or any message whose text
// facts are not of the given version; 0 stands for such messages outside
// any thread.
func (d *DB) StaleThreads(ctx context.Context, classifier string, facts int) ([]int64, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT DISTINCT coalesce(thread_id, 0) FROM messages
		WHERE (direction = 'out' AND classifier_version != ?) OR (direction != 'draft' AND facts_version != ?) ORDER BY 1`, classifier, facts)
	if err != nil {
		return nil, dbErr(err, "find messages to classify")
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, dbErr(err, "find messages to classify")
		}
		out = append(out, id)
	}
	return out, dbErr(rows.Err(), "find messages to classify")
}

// UnthreadedMessages returns the sent and received messages outside any thread.
func (d *DB) UnthreadedMessages(ctx context.Context) ([]model.Message, error) {
	return d.queryMessages(ctx, `SELECT `+messageColumns+` FROM messages m
		WHERE m.direction != 'draft' AND m.thread_id IS NULL ORDER BY m.sent_at, m.id`)
}

// SetClassifications stores verdicts in one transaction.
func (d *DB) SetClassifications(ctx context.Context, cs []Classification) error {
	return d.withTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		for _, c := range cs {
			reasons, err := json.Marshal(nonNilReasons(c.Reasons))
			if err != nil {
				return dbErr(err, "save a verdict")
			}
			// a verdict the rep corrected keeps the rep's label (migration 0006)
			if _, err := w.exec(`UPDATE messages SET score = ?, reasons = ?, classifier_version = ?, label = ?
				WHERE id = ?`,
				c.Score, string(reasons), c.Version, c.Label, c.MessageID); err != nil {
				return dbErr(err, "save a verdict")
			}
		}
		return nil
	})
}
