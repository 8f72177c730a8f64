package demo

import (
	"context"

	"dialtone/analysis"
	"dialtone/model"
	"dialtone/store"
)

// SettingTimeZone is the settings key of the rep's IANA time zone.
const SettingTimeZone = "timezone"

// Load writes a generated data set into an empty database.
func Load(ctx context.Context, db *store.DB, ds Dataset) error {
	existing, err := db.Accounts(ctx)
	if err != nil {
		return err
	}
	if len(existing) > 0 {
		return model.Errorf(model.ECONFLICT, "The demo database %s already holds data; it was left as it is.", db.Path())
	}
	acct, err := db.CreateAccount(ctx, model.Account{
		Kind: model.AccountDemo, Name: "Demo mailbox and calendar", Email: ds.Rep.Email,
		Status: model.SyncIdle,
	})
	if err != nil {
		return err
	}
	if err := db.SetSetting(ctx, SettingTimeZone, ds.TimeZone); err != nil {
		return err
	}
	for _, o := range ds.Organizations {
		if err := db.UpsertOrganization(ctx, o); err != nil {
			return err
		}
	}
	msgs := make([]model.Message, len(ds.Messages))
	for i, m := range ds.Messages {
		m.AccountID = acct.ID
		if m.Direction != model.Draft {
			m.Facts = analysis.TextFactsOf(m.Direction, m.OwnText)
		}
		msgs[i] = m
	}
	if err := db.PutMessages(ctx, msgs); err != nil {
		return err
	}
	evs := make([]model.Event, len(ds.Events))
	for i, e := range ds.Events {
		e.AccountID = acct.ID
		evs[i] = e
	}
	if err := db.PutEvents(ctx, evs); err != nil {
		return err
	}
	for _, c := range ds.Calls {
		if _, err := db.LogCall(ctx, c); err != nil {
			return err
		}
	}
	return db.SetAccountStatus(ctx, acct.ID, model.SyncIdle, "")
}
