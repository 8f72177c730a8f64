package mime

import (
	"bufio"
	"dialtone/analysis/owntext"
	"io"
	"time"

	"dialtone/model"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode any charset x/text knows (RFC 2046 §4.1.2)
)

// DefaultMaxBytes is the size limit when Options.MaxBytes is zero.
const DefaultMaxBytes = 25 << 20

// Options tune Parse.
type Options struct {
	// MaxBytes bounds the raw message size Parse reads into memory. A larger
	// message keeps its header fields and size and returns Parsed with
	// Oversize set, without an error. Zero means DefaultMaxBytes; a negative
	// value means no limit.
	MaxBytes int64
}

// Parsed is the plain data Parse extracts from one message. It holds no
// library types and no attachment bytes.
type Parsed struct {
	MessageID  string          // Message-ID without angle brackets
	InReplyTo  string          // the first id of In-Reply-To, without angle brackets
	References []string        // References ids, oldest first, without angle brackets
	From       model.Address   // the first From address
	To         []model.Address // To recipients
	Cc         []model.Address // Cc recipients
	Date       time.Time       // the Date field; zero when missing or unreadable
	Subject    string          // decoded Subject (RFC 2047)
	// Body holds the decoded text parts without what they quote, which
	// OwnText and SignOff were read from (ReadBody), or the text salvaged
	// from an unreadable body. Quote is read from the whole parts.
	Body model.Body
	// OwnText is the own text of the best text part (text/plain preferred,
	// cut where a text/html alternative marks the signature; else
	// text/html): quotes, forwarded chains and signatures removed.
	OwnText string
	// SignOff is how the author closed that text ("Best,\nJess"), or "".
	SignOff string
	// FromHTML reports that OwnText came from a text/html part.
	FromHTML bool
	// Quote is the message quoted or forwarded below the own text, from the
	// same part OwnText came from.
	Quote       owntext.Quote
	Attachments []model.Attachment
	Size        int64 // raw message size in bytes
	Oversize    bool  // the message is over Options.MaxBytes: headers only
	// Warnings describe problems Parse worked around (unknown charset,
	// broken boundary), for logs; they never contain message text.
	Warnings []string
}

// Parse reads one raw message from r. It returns an error only when the
// input has neither usable header fields nor text (a *model.Error with code
// model.EINVALID), or when reading r fails before anything usable arrived
// (code model.EUNAVAILABLE).
func Parse(r io.Reader, opts Options) (Parsed, error) {
	var p Parsed
	max := opts.MaxBytes
	if max == 0 {
		max = DefaultMaxBytes
	}
	cr := &countingReader{r: r}
	// readHeader reads a line longer than the buffer in pieces, so the
	// buffer need not hold the longest line: a small one saves allocating
	// and zeroing 64 KiB per message.
	br := bufio.NewReaderSize(cr, 4<<10)

	hdr, hdrOK, body := readHeader(br, &p)
	if hdrOK {
		fillHeader(&p, hdr)
	}

	var raw []byte
	var readErr error
	if max > 0 {
		raw, readErr = io.ReadAll(io.LimitReader(body, max+1))
		if hb := headerBytes(cr, br, raw); readErr == nil && int64(len(raw))+hb > max {
			n, err := io.Copy(io.Discard, body)
			p.Size = int64(len(raw)) + n + hb
			p.Oversize = true
			if err != nil {
				p.Warnings = append(p.Warnings, "read error after the size limit")
			}
			if !hdrOK {
				return p, model.Errorf(model.EINVALID, "The message is over the size limit and has no readable header.")
			}
			return p, nil
		}
	} else {
		raw, readErr = io.ReadAll(body)
	}
	p.Size = cr.n - int64(br.Buffered())
	if readErr != nil {
		p.Warnings = append(p.Warnings, "read error: the message is truncated")
	}

	if hdrOK {
		walkBody(&p, hdr, raw)
	} else {
		// Not a header at all: the best reading is plain text.
		p.salvage(raw, "")
	}
	if !hdrOK && p.OwnText == "" {
		if readErr != nil && len(raw) == 0 {
			return p, model.WrapError(readErr, model.EUNAVAILABLE, "The message could not be read.")
		}
		return p, model.Errorf(model.EINVALID, "The message has no readable header or text.")
	}
	return p, nil
}

// headerBytes returns how many bytes of the input the header took: all that
// was read from the source, minus what is still buffered, minus the body
// bytes already consumed.
func headerBytes(cr *countingReader, br *bufio.Reader, raw []byte) int64 {
	n := cr.n - int64(br.Buffered()) - int64(len(raw))
	if n < 0 {
		return 0
	}
	return n
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// isUnknown reports whether err is go-message's "unknown charset or
// transfer encoding" error, after which the entity is still readable.
func isUnknown(err error) bool {
	return message.IsUnknownCharset(err) || message.IsUnknownEncoding(err)
}
