package mime

import (
	"io"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
)

// rawLabels are the charset labels whose text parts are read as raw bytes
// and decoded by decodeText: valid UTF-8 as UTF-8, anything else as
// Windows-1252. Web forms, CRMs and scripts label UTF-8 as ISO-8859-1 or
// US-ASCII, and a decoder for the label would turn "für" into "fÃ¼r" and
// drop the bytes Windows-1252 leaves undefined ("”" is E2 80 9D). Text
// really written in Latin-1 is almost never valid UTF-8: its accented
// letters stand alone, where UTF-8 needs a lead byte and continuation bytes
// (RFC 3629 §4).
var rawLabels = map[string]bool{
	"iso-8859-1": true, "iso8859-1": true, "iso_8859-1": true, "latin1": true, "l1": true,
	"windows-1252": true, "cp1252": true, "x-cp1252": true,
	"us-ascii": true, "ascii": true, "ansi_x3.4-1968": true,
}

// newEntity is message.New, except that a text part labeled with one of
// rawLabels comes undecoded (see decodeText); its Header is the one given.
// Like message.New it always returns an entity to read, with an error only
// for an unknown charset or transfer encoding.
func newEntity(h textproto.Header, body io.Reader) (*message.Entity, error) {
	mh := message.Header{Header: h}
	mt, params, err := mh.ContentType()
	if err != nil || !strings.HasPrefix(mt, "text/") || !rawLabels[strings.ToLower(strings.TrimSpace(params["charset"]))] {
		return message.New(mh, body)
	}
	bare := mh.Copy()
	delete(params, "charset")
	bare.SetContentType(mt, params)
	e, err := message.New(bare, body)
	if e != nil {
		e.Header = mh
	}
	return e, err
}

// reparse reads again an entity whose Content-Type field only
// lenientContentType could read, with that reading in a well-formed field,
// so that a multipart's boundary is found and a text part's charset is
// decoded. Its body was transfer-decoded already.
func reparse(e *message.Entity, mt string, params map[string]string) *message.Entity {
	h := e.Header.Copy()
	h.SetContentType(mt, params)
	h.Set("Content-Transfer-Encoding", "binary")
	fixed, _ := newEntity(h.Header, e.Body) // only an unknown charset: its bytes come as they are
	fixed.Header = e.Header
	return fixed
}
