// Package store keeps Dialtone's data in SQLite (modernc.org/sqlite, pure
// Go). It is the only package that writes SQL. The schema evolves through
// numbered migrations embedded from migrations/*.sql, each applied in its own
// transaction and recorded in PRAGMA user_version.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"dialtone/model"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// sqliteHeader starts every SQLite database file (https://sqlite.org/fileformat.html §1.3).
var sqliteHeader = []byte("SQLite format 3\x00")

// DB is an open Dialtone database.
type DB struct {
	db    *sql.DB
	path  string
	clock model.Clock
}

// Open opens (creating if needed) the database at path and migrates it to
// the current schema. A file that is not SQLite, or whose schema is newer
// than this build knows, is reported and left untouched.
func Open(ctx context.Context, path string, clock model.Clock) (*DB, error) {
	if clock == nil {
		clock = model.SystemClock{}
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	sqldb, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, model.WrapError(err, model.EINTERNAL, "Could not open the database.")
	}
	// SQLite allows one writer; a small pool keeps readers concurrent while
	// _txlock=immediate serialises writers without SQLITE_BUSY upgrades.
	sqldb.SetMaxOpenConns(4)
	d := &DB{db: sqldb, path: path, clock: clock}
	if err := d.migrate(ctx); err != nil {
		sqldb.Close()
		return nil, err
	}
	return d, nil
}

// dsn sets the PRAGMAs on every connection the pool opens.
func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{
		"foreign_keys(1)",
		"journal_mode(WAL)",
		"synchronous(NORMAL)",
		"busy_timeout(10000)",
		"temp_store(MEMORY)",
		"cache_size(-16000)", // 16 MB of page cache per connection
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// checkHeader refuses an existing, non-empty file that is not SQLite.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("Could not read the database file %s.", path))
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF || err == nil) {
		return nil // an empty file becomes a new database
	}
	if !bytes.Equal(head[:n], sqliteHeader) {
		return model.Errorf(model.ECORRUPT, "%s is not a Dialtone database (it is not an SQLite file). It was left untouched; move it away or choose another data folder.", path)
	}
	return nil
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Path returns the database file's path.
func (d *DB) Path() string { return d.path }

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := migrationFS.ReadDir("migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %q: name must start with its number", e.Name())
		}
		b, err := migrationFS.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %q: expected number %d", m.name, i+1)
		}
	}
	return out, nil
}

// SchemaVersion is the schema version this build migrates to.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

func (d *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return model.WrapError(err, model.EINTERNAL, "Dialtone's database migrations are broken.")
	}
	var current int
	if err := d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return classifyOpenError(err, d.path)
	}
	if current > len(ms) {
		return model.Errorf(model.ESCHEMA, "The database %s was written by a newer version of Dialtone (schema %d; this version knows %d). It was left untouched: update Dialtone to open it.", d.path, current, len(ms))
	}
	for _, m := range ms[current:] {
		if err := d.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (d *DB) apply(ctx context.Context, m migration) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return classifyOpenError(err, d.path)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return model.WrapError(err, model.EINTERNAL, fmt.Sprintf("Could not upgrade the database (migration %s).", m.name))
	}
	// user_version lives in the file header and changes with the transaction.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return model.WrapError(err, model.EINTERNAL, "Could not record the schema version.")
	}
	if err := tx.Commit(); err != nil {
		return model.WrapError(err, model.EINTERNAL, fmt.Sprintf("Could not upgrade the database (migration %s).", m.name))
	}
	return nil
}

// classifyOpenError turns SQLite's "not a database" family into ECORRUPT.
func classifyOpenError(err error, path string) error {
	msg := err.Error()
	if strings.Contains(msg, "not a database") || strings.Contains(msg, "malformed") || strings.Contains(msg, "SQLITE_NOTADB") || strings.Contains(msg, "SQLITE_CORRUPT") {
		return model.WrapError(err, model.ECORRUPT, fmt.Sprintf("The database %s is damaged and cannot be read. It was left untouched; restore a backup or choose another data folder.", path))
	}
	return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("Could not open the database %s.", path))
}

// withTx runs fn in a write transaction and commits it if fn succeeds.
func (d *DB) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return model.WrapError(err, model.EUNAVAILABLE, "The database is busy or unavailable.")
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return model.WrapError(err, model.EINTERNAL, "Could not save to the database.")
	}
	return nil
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}

// dbErr wraps an unexpected SQL error for the caller.
func dbErr(err error, what string) error {
	if err == nil {
		return nil
	}
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	return model.WrapError(err, model.EINTERNAL, "Could not "+what+".")
}
