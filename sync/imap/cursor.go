package imap

import (
	"encoding/json"
	"strings"
)

// cursor is where the sync of one folder stands, stored as JSON in
// sync_cursors under the scope "imap:<folder>" (RFC 3501 §2.3.1.1 UIDs and
// UIDVALIDITY, RFC 7162 HIGHESTMODSEQ).
type cursor struct {
	UIDValidity uint32 `json:"uidvalidity"`
	// UIDNext: every UID below it has been looked at.
	UIDNext uint32 `json:"uidnext"`
	// Messages is how many messages the folder held when Done was set.
	Messages uint32 `json:"messages"`
	// ModSeq is the folder's HIGHESTMODSEQ at that time (0 without CONDSTORE).
	ModSeq uint64 `json:"modseq,omitempty"`
	// Done is false while a first or interrupted sync is still fetching.
	Done bool `json:"done"`
}

func scopeOf(folder string) string { return "imap:" + folder }

func folderOf(scope string) (string, bool) { return strings.CutPrefix(scope, "imap:") }

func parseCursor(s string) (cursor, bool) {
	var c cursor
	if s == "" || json.Unmarshal([]byte(s), &c) != nil || c.UIDValidity == 0 {
		return cursor{}, false
	}
	return c, true
}

func (c cursor) String() string {
	b, _ := json.Marshal(c)
	return string(b)
}
