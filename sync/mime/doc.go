// Package mime turns a raw Internet message (RFC 5322, MIME per RFC 2045–2049)
// into the plain data Dialtone keeps: header fields, the own text of its best
// text part, and its attachments' names, types and sizes. Connectors (IMAP,
// Gmail raw) call Parse at the sync boundary; nothing of the message's
// library representation leaves this package.
//
// Parse is forgiving: malformed headers, broken multipart boundaries, bad
// transfer encodings and unknown charsets give the best text it can find and
// a warning, and only a message with nothing usable gives an error. It never
// panics and never keeps attachment bytes.
package mime
