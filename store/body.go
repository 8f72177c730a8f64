package store

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"io"

	"dialtone/model"
)

// MaxBody bounds the body text kept with a message (text/plain and
// text/html together, before compression). A larger body is not kept: the
// message keeps the own text it was stored with.
const MaxBody = 4 << 20

// newCompressor makes the DEFLATE writer encodeBody uses (about a megabyte
// of state, so a write transaction makes one and reuses it).
func newCompressor() (*flate.Writer, error) { return flate.NewWriter(io.Discard, flate.BestSpeed) }

// encodeBody packs a body for the body column with compressor zw: DEFLATE
// (RFC 1951) of the plain part's length as a uvarint, the plain part, then
// the HTML part. A body that is empty or over MaxBody is stored as NULL.
func encodeBody(b model.Body, zw *flate.Writer) ([]byte, error) {
	if b.IsZero() || len(b.Plain)+len(b.HTML) > MaxBody {
		return nil, nil
	}
	var buf bytes.Buffer
	zw.Reset(&buf)
	var n [binary.MaxVarintLen64]byte
	zw.Write(n[:binary.PutUvarint(n[:], uint64(len(b.Plain)))])
	io.WriteString(zw, b.Plain)
	io.WriteString(zw, b.HTML)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodeBody is encodeBody with the writer's compressor, made on first use.
func (w *writer) encodeBody(b model.Body) ([]byte, error) {
	if w.zw == nil && !b.IsZero() {
		var err error
		if w.zw, err = newCompressor(); err != nil {
			return nil, err
		}
	}
	return encodeBody(b, w.zw)
}

// errBadBody reports a body column that does not decode.
var errBadBody = errors.New("stored body does not decode")

// decodeBody unpacks what encodeBody wrote; NULL is the empty body.
func decodeBody(data []byte) (model.Body, error) {
	if data == nil {
		return model.Body{}, nil
	}
	raw, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(data)), MaxBody+binary.MaxVarintLen64+1))
	if err != nil {
		return model.Body{}, errBadBody
	}
	n, k := binary.Uvarint(raw)
	if k <= 0 || n > uint64(len(raw)-k) {
		return model.Body{}, errBadBody
	}
	rest := raw[k:]
	return model.Body{Plain: string(rest[:n]), HTML: string(rest[n:])}, nil
}

// StaleText returns up to limit of the rep's messages (sent and drafts)
// whose text was written by another version of the own-text rules than
// version and whose body is stored, in id order after id after. Each has its
// ID, body and the text fields the rules write (OwnText, SignOff,
// TextVersion). A body that no longer decodes comes back empty, so the
// caller keeps the message's text.
func (d *DB) StaleText(ctx context.Context, version int, after int64, limit int) ([]model.Message, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, body, own_text, sign_off, text_version
		FROM messages WHERE body IS NOT NULL AND text_version != ? AND id > ? ORDER BY id LIMIT ?`, version, after, limit)
	if err != nil {
		return nil, dbErr(err, "find messages to read again")
	}
	defer rows.Close()
	var out []model.Message
	for rows.Next() {
		var m model.Message
		var body []byte
		if err := rows.Scan(&m.ID, &body, &m.OwnText, &m.SignOff, &m.TextVersion); err != nil {
			return nil, dbErr(err, "find messages to read again")
		}
		m.Body, _ = decodeBody(body) // a damaged body reads as none
		out = append(out, m)
	}
	return out, dbErr(rows.Err(), "find messages to read again")
}

// CountStaleText returns how many messages StaleText(ctx, version, 0, ∞)
// would return: the work a reading again has before it.
func (d *DB) CountStaleText(ctx context.Context, version int) (int, error) {
	var n int
	err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM messages WHERE body IS NOT NULL AND text_version != ?`, version).Scan(&n)
	return n, dbErr(err, "find messages to read again")
}

// SetText stores the text fields of messages read again (OwnText, SignOff
// and TextVersion, by ID) in one transaction, and the Body of those that
// have one; an empty Body leaves the stored one as it is. A message whose
// own text changed loses its text facts, its verdict's version and its
// reasons, whose spans pointed into the old text, so that the next
// classification judges it again and no screen highlights the new text by
// the old spans meanwhile (its label and score stay until then; a
// correction by the rep still decides its label).
func (d *DB) SetText(ctx context.Context, msgs []model.Message) error {
	return d.withTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		for _, m := range msgs {
			body, err := w.encodeBody(m.Body) // nil for an empty body
			if err != nil {
				return dbErr(err, "save a message's body")
			}
			// SQLite evaluates every SET expression on the old row.
			if _, err := w.exec(`UPDATE messages SET
					facts_version = CASE WHEN own_text != ?1 THEN 0 ELSE facts_version END,
					classifier_version = CASE WHEN own_text != ?1 THEN '' ELSE classifier_version END,
					reasons = CASE WHEN own_text != ?1 THEN '[]' ELSE reasons END,
					own_text = ?1, sign_off = ?2, text_version = ?3, body = COALESCE(?5, body)
				WHERE id = ?4`,
				m.OwnText, m.SignOff, m.TextVersion, m.ID, body); err != nil {
				return dbErr(err, "save a message's text")
			}
		}
		return nil
	})
}

// RefetchUIDs returns the UIDs, ascending, of the rep's messages (sent and
// drafts) in an account's folder whose text was written by another version
// of the own-text rules than version and whose body is not stored: mail
// stored before bodies were kept, which only the server can give again.
// Messages over the size limit are left out; they never had a body.
func (d *DB) RefetchUIDs(ctx context.Context, accountID int64, folder string, version int) ([]uint32, error) {
	return d.uids(ctx, "find messages to fetch again", `SELECT DISTINCT uid FROM messages
		WHERE account_id = ? AND folder = ? AND body IS NULL AND text_version != ? AND direction != 'in' AND oversize = 0
		ORDER BY uid`, accountID, folder, version)
}
