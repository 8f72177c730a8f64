package app

import (
	"context"
	"strings"
	"time"

	"dialtone/model"
)

// CallsService records calls the rep had by hand; each counts as a connect.
type CallsService struct {
	ctx context.Context
	ws  *Workspace
}

// NewCallsService returns the call log service.
func NewCallsService(ctx context.Context, ws *Workspace) *CallsService {
	return &CallsService{ctx: ctx, ws: ws}
}

// MaxCallMinutes bounds a logged call's length (a working day).
const MaxCallMinutes = 12 * 60

// Log records a call.
func (s *CallsService) Log(req LogCallRequest) (CallView, error) { return boundary(s.log(req)) }

func (s *CallsService) log(req LogCallRequest) (CallView, error) {
	email := model.NormalizeEmail(req.Email)
	if model.Domain(email) == "" {
		return CallView{}, model.Errorf(model.EINVALID, "Who was the call with? Enter their email address.")
	}
	if req.Minutes < 1 || req.Minutes > MaxCallMinutes {
		return CallView{}, model.Errorf(model.EINVALID, "A call lasts between 1 and %d minutes.", MaxCallMinutes)
	}
	db, _, err := s.ws.current()
	if err != nil {
		return CallView{}, err
	}
	loc, err := s.ws.location(s.ctx, db)
	if err != nil {
		return CallView{}, err
	}
	start, err := parseWhen(strings.TrimSpace(req.Start), loc)
	if err != nil {
		return CallView{}, err
	}
	if start.After(s.ws.Now().Add(time.Minute)) {
		return CallView{}, model.Errorf(model.EINVALID, "That call is in the future: log it after it happened.")
	}
	c, err := db.LogCall(s.ctx, model.LoggedCall{
		Person: model.Address{Name: strings.TrimSpace(req.Name), Email: email}, Start: start,
		Duration: time.Duration(req.Minutes) * time.Minute, Note: strings.TrimSpace(req.Note),
	})
	if err != nil {
		return CallView{}, err
	}
	return CallView{ID: c.ID, Email: email, Name: c.Person.Name, Start: rfc3339(c.Start), Minutes: req.Minutes, Note: c.Note}, nil
}

func parseWhen(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, model.Errorf(model.EINVALID, "When was the call? %q is not a date and time.", s)
}
