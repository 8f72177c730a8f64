package imap

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"dialtone/model"
	"dialtone/sync/mime"
)

// fetched is what one FETCH answer gave for a message, before translation.
type fetched struct {
	UID          uint32
	Size         int64
	InternalDate time.Time
	Parsed       mime.Parsed
	ParseErr     error
	HasBody      bool // the server sent the section asked for
	HeadersOnly  bool // only the header was asked for (oversize, or a reply's header)
}

// toMessage translates a fetched message into the domain: the one place
// where IMAP data becomes a model.Message. ok is false when nothing usable
// came (no header and no text, or no section at all).
func toMessage(f fetched, role Role) (model.Message, bool) {
	if !f.HasBody || f.ParseErr != nil {
		return model.Message{}, false
	}
	m := f.Parsed.Message()
	m.UID = f.UID
	if f.Size > m.Size {
		m.Size = f.Size
	}
	switch role {
	case RoleSent:
		m.Direction = model.Outbound
	case RoleDrafts:
		m.Direction = model.Draft
	default:
		m.Direction = model.Inbound
		m.OwnText = "" // replies are read for their headers only
		m.Body = model.Body{}
		m.Attachments = nil
	}
	if f.HeadersOnly && role != RoleInbox {
		m.Oversize = true
	}
	if m.Date.IsZero() {
		m.Date = f.InternalDate
	}
	if m.Date.IsZero() {
		return model.Message{}, false
	}
	m.Date = m.Date.UTC()
	if m.MessageID == "" {
		m.MessageID = syntheticID(m)
	}
	return m, true
}

// syntheticID gives a message without a Message-ID a stable one, the same
// for every copy of the message in any folder.
func syntheticID(m model.Message) string {
	h := sha256.New()
	h.Write([]byte(strings.ToLower(m.From.Email)))
	h.Write([]byte{0})
	h.Write([]byte(m.Date.UTC().Format(time.RFC3339)))
	h.Write([]byte{0})
	h.Write([]byte(m.Subject))
	h.Write([]byte{0})
	for _, a := range m.Recipients() {
		h.Write([]byte(strings.ToLower(a.Email)))
		h.Write([]byte{','})
	}
	h.Write([]byte{0})
	h.Write([]byte(m.OwnText))
	return "no-id." + hex.EncodeToString(h.Sum(nil)[:12]) + "@dialtone.invalid"
}
