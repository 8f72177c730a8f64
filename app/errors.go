package app

import (
	"encoding/json"

	"dialtone/model"
)

// uiError is how an error crosses into the frontend: Wails rejects the
// promise with Error()'s text, which is JSON {"code","message"} so the
// frontend can show the message and branch on the code. It unwraps to the
// original error, so Go callers (the CLI) still see model.Error.
type uiError struct{ err error }

func (e uiError) Error() string {
	b, _ := json.Marshal(struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	}{model.ErrorCode(e.err), model.ErrorMessage(e.err)})
	return string(b)
}

func (e uiError) Unwrap() error { return e.err }

// boundary wraps a service result's error for the UI.
func boundary[T any](v T, err error) (T, error) {
	if err != nil {
		return v, uiError{err}
	}
	return v, nil
}
