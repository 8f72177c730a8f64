package store

import (
	"context"
	"fmt"
)

// SetUserVersionForTest stamps the schema version, as a newer Dialtone would.
func SetUserVersionForTest(ctx context.Context, d *DB, v int) error {
	_, err := d.db.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v))
	return err
}

// SetBodyBytesForTest overwrites a message's stored body, as damage would.
func SetBodyBytesForTest(ctx context.Context, d *DB, id int64, b []byte) error {
	_, err := d.db.ExecContext(ctx, `UPDATE messages SET body = ? WHERE id = ?`, b, id)
	return err
}

// BodyBytesForTest returns a message's stored body as it is in the column.
func BodyBytesForTest(ctx context.Context, d *DB, id int64) ([]byte, error) {
	var b []byte
	err := d.db.QueryRowContext(ctx, `SELECT body FROM messages WHERE id = ?`, id).Scan(&b)
	return b, err
}
