package imap

import (
	"slices"
	"strings"

	goimap "github.com/emersion/go-imap/v2"
)

// Role is what Dialtone reads from a folder.
type Role string

// Folder roles.
const (
	RoleSent   Role = "sent"   // the rep's sent mail: whole messages
	RoleDrafts Role = "drafts" // unsent drafts: whole messages
	RoleInbox  Role = "inbox"  // replies: headers of threads the rep is in
)

// folder is a mailbox to sync and its role.
type folder struct {
	Name string
	Role Role
}

// sentNames are the usual names of the Sent folder where SPECIAL-USE
// (RFC 6154) is missing, lower-cased, including localized ones.
var sentNames = []string{
	"sent", "sent items", "sent messages", "sent mail", "[gmail]/sent mail", "[google mail]/sent mail",
	"inbox.sent", "inbox/sent", "inbox.sent items", "inbox.sent messages",
	"gesendet", "gesendete elemente", "gesendete objekte", "envoyés", "éléments envoyés", "messages envoyés",
	"enviados", "elementos enviados", "posta inviata", "inviata", "verzonden", "verzonden items", "skickat",
	"skickade objekt", "sendt", "sendte elementer", "lähetetyt", "wysłane", "enviadas", "itens enviados",
}

// draftNames are the usual names of the Drafts folder.
var draftNames = []string{
	"drafts", "draft", "[gmail]/drafts", "[google mail]/drafts", "inbox.drafts", "inbox/drafts",
	"entwürfe", "brouillons", "borradores", "bozze", "concepten", "utkast", "kladder", "luonnokset", "kopie robocze", "rascunhos",
}

// archiveNames are folders, besides INBOX, where replies are kept.
var archiveNames = []string{"archive", "archives", "inbox.archive", "inbox/archive", "archiv", "archivo", "archivio", "archief", "arkiv"}

// chooseFolders picks the folders to sync from a LIST answer: the Sent and
// Drafts folders (SPECIAL-USE first, then the usual names), INBOX, and an
// archive folder. Folders marked \All, \Junk, \Trash or \Flagged are never
// read: they copy other folders or hold nothing the rep sent or got back.
func chooseFolders(list []*goimap.ListData) []folder {
	var sent, drafts, archive string
	var inbox string
	byLower := map[string]string{}
	for _, l := range list {
		if slices.Contains(l.Attrs, goimap.MailboxAttrNoSelect) || slices.Contains(l.Attrs, goimap.MailboxAttrNonExistent) {
			continue
		}
		byLower[strings.ToLower(l.Mailbox)] = l.Mailbox
		switch {
		case strings.EqualFold(l.Mailbox, "INBOX"):
			inbox = l.Mailbox
		case sent == "" && slices.Contains(l.Attrs, goimap.MailboxAttrSent):
			sent = l.Mailbox
		case drafts == "" && slices.Contains(l.Attrs, goimap.MailboxAttrDrafts):
			drafts = l.Mailbox
		case archive == "" && slices.Contains(l.Attrs, goimap.MailboxAttrArchive):
			archive = l.Mailbox
		}
	}
	byName := func(names []string) string {
		for _, n := range names {
			if m, ok := byLower[n]; ok {
				return m
			}
		}
		return ""
	}
	if sent == "" {
		sent = byName(sentNames)
	}
	if drafts == "" {
		drafts = byName(draftNames)
	}
	if archive == "" {
		archive = byName(archiveNames)
	}
	var out []folder
	if sent != "" {
		out = append(out, folder{sent, RoleSent})
	}
	if drafts != "" && drafts != sent {
		out = append(out, folder{drafts, RoleDrafts})
	}
	if inbox != "" {
		out = append(out, folder{inbox, RoleInbox})
	}
	if archive != "" && archive != sent && archive != drafts {
		out = append(out, folder{archive, RoleInbox})
	}
	return out
}
