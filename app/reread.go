package app

import (
	"context"

	"dialtone/model"
	"dialtone/store"
	"dialtone/sync/mime"
)

// rereadBatch is how many messages Reread reads and writes per transaction.
const rereadBatch = 500

// Reread brings the text of stored messages up to date with the current
// own-text rules (mime.TextVersion): every sent message or draft whose body
// is stored and whose text an older version wrote is read again from that
// body, so that better extraction reaches mail synced before it, without
// fetching anything; what the current rules find quoted in the body is cut
// from the stored one. A message whose text changed is judged again by the
// next Reclassify. A body that no longer decodes leaves the message's text
// as it was. It reports progress (may be nil) as (messages done, messages
// total) after each batch and returns how many messages' text changed.
func Reread(ctx context.Context, db *store.DB, progress func(done, total int)) (int, error) {
	total, err := db.CountStaleText(ctx, mime.TextVersion)
	if err != nil || total == 0 {
		return 0, err
	}
	changed, done := 0, 0
	var after int64
	for {
		msgs, err := db.StaleText(ctx, mime.TextVersion, after, rereadBatch)
		if err != nil {
			return changed, err
		}
		if len(msgs) == 0 {
			if done < total && progress != nil {
				progress(total, total) // some went while it read: the rest is done
			}
			return changed, nil
		}
		for i := range msgs {
			m := &msgs[i]
			before := *m
			if !mime.Reread(m) {
				m.TextVersion = mime.TextVersion // nothing to read: keep the text
				continue
			}
			if m.OwnText != before.OwnText || m.SignOff != before.SignOff {
				changed++
			}
			if m.Body == before.Body {
				m.Body = model.Body{} // the store keeps the one it has
			}
		}
		if err := db.SetText(ctx, msgs); err != nil {
			return changed, err
		}
		after = msgs[len(msgs)-1].ID
		if done += len(msgs); progress != nil {
			progress(min(done, total), total)
		}
	}
}
