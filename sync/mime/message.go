package mime

import "dialtone/model"

// Message returns a model.Message with the fields Parse fills: ids, thread
// references, addresses, subject, date, own text, size and attachments. The
// connector sets the rest (account, folder, UID, direction).
func (p Parsed) Message() model.Message {
	return model.Message{
		MessageID:   p.MessageID,
		InReplyTo:   p.InReplyTo,
		References:  append([]string(nil), p.References...),
		From:        p.From,
		To:          append([]model.Address(nil), p.To...),
		Cc:          append([]model.Address(nil), p.Cc...),
		Subject:     p.Subject,
		Date:        p.Date,
		OwnText:     p.OwnText,
		Size:        p.Size,
		Oversize:    p.Oversize,
		Attachments: append([]model.Attachment(nil), p.Attachments...),
	}
}
