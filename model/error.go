package model

import (
	"errors"
	"fmt"
)

// Error codes. A code tells a caller what kind of failure happened; the
// message tells a person what to do about it.
const (
	EINTERNAL     = "internal"     // a bug or an unexpected failure
	EINVALID      = "invalid"      // the input was wrong
	ENOTFOUND     = "not_found"    // the thing asked for does not exist
	ECONFLICT     = "conflict"     // the request clashes with current state
	EUNAUTHORIZED = "unauthorized" // the provider refused the credentials
	EUNAVAILABLE  = "unavailable"  // a server or network could not be reached
	ECORRUPT      = "corrupt"      // stored data is unreadable
	ESCHEMA       = "schema"       // the database is from a newer Dialtone
)

// Error is Dialtone's application error: a machine-readable code, a message
// safe to show a user (never a secret), and the underlying cause for logs.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error formats the error for logs; the UI shows Message only.
func (e *Error) Error() string {
	switch {
	case e.Err != nil && e.Message != "":
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	case e.Err != nil:
		return fmt.Sprintf("%s: %v", e.Code, e.Err)
	default:
		return fmt.Sprintf("%s: %s", e.Code, e.Message)
	}
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an Error with the given code and a formatted user message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an Error with code and message that keeps err as its cause.
func WrapError(err error, code, message string) *Error {
	return &Error{Code: code, Message: message, Err: err}
}

// ErrorCode returns the code of the first Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of the first Error in err's
// chain; other errors get a generic message so internals never leak to the UI.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "Something went wrong inside Dialtone. Details are in the log."
}
