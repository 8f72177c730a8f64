package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"dialtone/model"
)

// CreateAccount saves a new account and returns it with its ID. Config must
// hold no secrets: those belong in the OS keyring.
func (d *DB) CreateAccount(ctx context.Context, a model.Account) (model.Account, error) {
	if a.Kind == "" || a.Name == "" {
		return a, model.Errorf(model.EINVALID, "An account needs a kind and a name.")
	}
	cfg, err := json.Marshal(a.Config)
	if err != nil {
		return a, dbErr(err, "encode the account settings")
	}
	if a.Status == "" {
		a.Status = model.SyncIdle
	}
	a.CreatedAt = d.clock.Now().UTC().Truncate(1e9)
	err = d.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO accounts (kind, name, email, config, status, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			a.Kind, a.Name, model.NormalizeEmail(a.Email), string(cfg), a.Status, unix(a.CreatedAt))
		if err != nil {
			return dbErr(err, "save the account")
		}
		a.ID, err = res.LastInsertId()
		if err != nil {
			return dbErr(err, "save the account")
		}
		if a.Email != "" {
			return addIdentity(ctx, tx, a.Email, a.ID)
		}
		return nil
	})
	return a, err
}

// Accounts lists the accounts, oldest first.
func (d *DB) Accounts(ctx context.Context) ([]model.Account, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, kind, name, email, config, status, last_sync_at, last_error, created_at FROM accounts ORDER BY id`)
	if err != nil {
		return nil, dbErr(err, "list the accounts")
	}
	defer rows.Close()
	var out []model.Account
	for rows.Next() {
		var a model.Account
		var cfg string
		var last, created int64
		if err := rows.Scan(&a.ID, &a.Kind, &a.Name, &a.Email, &cfg, &a.Status, &last, &a.LastError, &created); err != nil {
			return nil, dbErr(err, "read the accounts")
		}
		if err := json.Unmarshal([]byte(cfg), &a.Config); err != nil {
			return nil, model.WrapError(err, model.ECORRUPT, "An account's settings are unreadable.")
		}
		a.LastSyncAt, a.CreatedAt = fromUnix(last), fromUnix(created)
		out = append(out, a)
	}
	return out, dbErr(rows.Err(), "list the accounts")
}

// Account returns one account.
func (d *DB) Account(ctx context.Context, id int64) (model.Account, error) {
	all, err := d.Accounts(ctx)
	if err != nil {
		return model.Account{}, err
	}
	for _, a := range all {
		if a.ID == id {
			return a, nil
		}
	}
	return model.Account{}, model.Errorf(model.ENOTFOUND, "There is no account %d.", id)
}

// SetAccountStatus records the outcome of a sync.
func (d *DB) SetAccountStatus(ctx context.Context, id int64, status model.SyncStatus, lastErr string) error {
	q := `UPDATE accounts SET status = ?, last_error = ? WHERE id = ?`
	args := []any{status, lastErr, id}
	if status == model.SyncIdle {
		q = `UPDATE accounts SET status = ?, last_error = ?, last_sync_at = ? WHERE id = ?`
		args = []any{status, lastErr, unix(d.clock.Now()), id}
	}
	res, err := d.db.ExecContext(ctx, q, args...)
	if err != nil {
		return dbErr(err, "update the account")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return model.Errorf(model.ENOTFOUND, "There is no account %d.", id)
	}
	return nil
}

// DeleteAccount removes an account and everything synced through it.
func (d *DB) DeleteAccount(ctx context.Context, id int64) error {
	res, err := d.db.ExecContext(ctx, `DELETE FROM accounts WHERE id = ?`, id)
	if err != nil {
		return dbErr(err, "remove the account")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return model.Errorf(model.ENOTFOUND, "There is no account %d.", id)
	}
	return nil
}

// AddIdentity records one of the rep's own addresses; its domain becomes
// internal unless it is a free-mail domain.
func (d *DB) AddIdentity(ctx context.Context, email string) error {
	return d.withTx(ctx, func(tx *sql.Tx) error { return addIdentity(ctx, tx, email, 0) })
}

func addIdentity(ctx context.Context, tx *sql.Tx, email string, accountID int64) error {
	email = model.NormalizeEmail(email)
	if model.Domain(email) == "" {
		return model.Errorf(model.EINVALID, "%q is not an email address.", email)
	}
	var acct any
	if accountID != 0 {
		acct = accountID
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO identities (email, account_id) VALUES (?, ?) ON CONFLICT (email) DO NOTHING`, email, acct)
	if err != nil {
		return dbErr(err, "save the address")
	}
	changed, _ := res.RowsAffected()
	if dom := model.Domain(email); !model.IsFreeMailDomain(dom) {
		res, err := tx.ExecContext(ctx, `INSERT INTO internal_domains (domain) VALUES (?) ON CONFLICT DO NOTHING`, dom)
		if err != nil {
			return dbErr(err, "save the domain")
		}
		n, _ := res.RowsAffected()
		changed += n
	}
	if changed > 0 {
		return refreshExternal(ctx, tx)
	}
	return nil
}

// eventFlags recomputes an event's external and declined columns from its
// attendees (an UPDATE ... SET clause for a row of events).
const eventFlags = `external = EXISTS (SELECT 1 FROM attendees a WHERE a.event_id = events.id AND a.external = 1),
	declined = EXISTS (SELECT 1 FROM attendees a WHERE a.event_id = events.id AND a.response = 'declined'
		AND (a.is_self = 1 OR a.email IN (SELECT email FROM identities)))`

// refreshExternal recomputes the stored external flags after the rep's
// addresses or domains changed, so aggregations can read them from indexes.
func refreshExternal(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`UPDATE recipients SET external = (email NOT IN (SELECT email FROM identities) AND domain NOT IN (SELECT domain FROM internal_domains))`,
		`UPDATE messages SET external = EXISTS (SELECT 1 FROM recipients r WHERE r.message_id = messages.id AND r.external = 1)`,
		`UPDATE attendees SET external = (is_self = 0 AND email NOT IN (SELECT email FROM identities) AND domain NOT IN (SELECT domain FROM internal_domains))`,
		`UPDATE events SET ` + eventFlags,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return dbErr(err, "update who is internal")
		}
	}
	return nil
}

// Identities returns the rep's own addresses.
func (d *DB) Identities(ctx context.Context) ([]string, error) {
	return d.strings(ctx, `SELECT email FROM identities ORDER BY email`, "list your addresses")
}

// AddInternalDomain marks a domain as the rep's own company.
func (d *DB) AddInternalDomain(ctx context.Context, domain string) error {
	return d.withTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO internal_domains (domain) VALUES (lower(?)) ON CONFLICT DO NOTHING`, domain)
		if err != nil {
			return dbErr(err, "save the domain")
		}
		if n, _ := res.RowsAffected(); n > 0 {
			return refreshExternal(ctx, tx)
		}
		return nil
	})
}

// Setting returns a setting's value, or def when it is unset.
func (d *DB) Setting(ctx context.Context, key, def string) (string, error) {
	var v string
	err := d.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return def, nil
	}
	return v, dbErr(err, "read the settings")
}

// SetSetting stores a setting.
func (d *DB) SetSetting(ctx context.Context, key, value string) error {
	_, err := d.db.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return dbErr(err, "save the settings")
}

func (d *DB) strings(ctx context.Context, q, what string, args ...any) ([]string, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, dbErr(err, what)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, dbErr(err, what)
		}
		out = append(out, s)
	}
	return out, dbErr(rows.Err(), what)
}
