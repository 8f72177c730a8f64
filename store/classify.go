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
			if _, err := w.exec(`UPDATE messages SET label = ?, score = ?, reasons = ?, classifier_version = ? WHERE id = ?`,
				c.Label, c.Score, string(reasons), c.Version, c.MessageID); err != nil {
				return dbErr(err, "save a verdict")
			}
		}
		return nil
	})
}
