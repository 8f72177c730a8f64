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

// UnclassifiedThreads returns the ids of threads holding an outbound
// message that the given classifier version has not judged, and whether
// such messages exist outside any thread (returned as thread id 0).
func (d *DB) UnclassifiedThreads(ctx context.Context, version string) ([]int64, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT DISTINCT coalesce(thread_id, 0) FROM messages
		WHERE direction = 'out' AND classifier_version != ? ORDER BY 1`, version)
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

// UnthreadedOutbound returns outbound messages outside any thread that the
// given classifier version has not judged.
func (d *DB) UnthreadedOutbound(ctx context.Context, version string) ([]model.Message, error) {
	return d.queryMessages(ctx, `SELECT `+messageColumns+` FROM messages m
		WHERE m.direction = 'out' AND m.thread_id IS NULL AND m.classifier_version != ? ORDER BY m.sent_at, m.id`, version)
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
