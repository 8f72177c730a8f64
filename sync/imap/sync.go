package imap

import (
	"context"
	"crypto/tls"
	"log/slog"
	"slices"

	"dialtone/model"
	"dialtone/store"
	"dialtone/sync/mime"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Default batch sizes: whole messages per transaction, and reply headers.
const (
	defaultBodyBatch   = 250
	defaultHeaderBatch = 1000
)

// headerFields are the only fields read from replies (RFC 3501 §6.4.5
// BODY.PEEK[HEADER.FIELDS]): enough to know whether and when the customer
// answered, nothing of what they wrote.
var headerFields = []string{"Message-ID", "In-Reply-To", "References", "From", "To", "Cc", "Date", "Subject"}

// Syncer syncs one IMAP account into the store.
type Syncer struct {
	DB        *store.DB
	AccountID int64
	Config    Config
	// TLSConfig overrides the TLS settings (tests); nil uses the system roots.
	TLSConfig *tls.Config
	// Progress, when set, hears how each folder advances.
	Progress func(model.SyncProgress)
	// Log receives warnings (unreadable messages); nil discards them.
	Log *slog.Logger
	// BodyBatch and HeaderBatch set how many messages one transaction
	// stores; zero means the defaults.
	BodyBatch, HeaderBatch int
}

// Result counts what a sync did.
type Result struct {
	Folders    []string `json:"folders"`    // folders read, Sent first
	Stored     int      `json:"stored"`     // messages written
	Deleted    int      `json:"deleted"`    // messages removed because the server no longer has them
	Skipped    int      `json:"skipped"`    // reply headers outside the rep's threads, not stored
	Oversize   int      `json:"oversize"`   // messages over the size limit, stored with headers only (counted by the reader)
	Unreadable int      `json:"unreadable"` // messages that had neither a header nor text (counted by the reader)
	Unchanged  []string `json:"unchanged"`  // folders with nothing new
}

// Check connects and signs in with cfg, and returns the folders Dialtone
// would read, Sent first. It is the test run before an account is saved.
func Check(ctx context.Context, cfg Config, tlsConfig *tls.Config) ([]string, error) {
	cn, err := dial(ctx, cfg, tlsConfig)
	if err != nil {
		return nil, err
	}
	defer cn.close()
	folders, err := cn.folders(ctx, cfg)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(folders))
	for i, f := range folders {
		names[i] = f.Name
	}
	return names, requireSent(folders, cfg)
}

// requireSent fails when the chosen folders have no Sent folder: without
// the rep's sent mail there is nothing to sync.
func requireSent(folders []folder, cfg Config) error {
	if len(folders) == 0 || folders[0].Role != RoleSent {
		return model.Errorf(model.ENOTFOUND, "Signed in, but no Sent folder was found on %s (no \\Sent folder and none of the usual names).", cfg.Host)
	}
	return nil
}

// folders lists the mailboxes and picks the ones to sync.
func (cn *conn) folders(ctx context.Context, cfg Config) ([]folder, error) {
	var opts *goimap.ListOptions
	if cn.caps.Has(goimap.CapSpecialUse) || cn.caps.Has(goimap.CapIMAP4rev2) {
		opts = &goimap.ListOptions{ReturnSpecialUse: true}
	}
	list, err := cn.c.List("", "*", opts).Collect()
	if err != nil {
		return nil, netError(err, cfg)
	}
	return chooseFolders(list), nil
}

// Sync brings the store up to date with the account's Sent, Drafts and
// reply folders. Each batch is written with its folder's cursor in one
// transaction, so a sync stopped anywhere resumes where it stood.
func (s *Syncer) Sync(ctx context.Context) (Result, error) {
	var res Result
	cn, err := dial(ctx, s.Config, s.TLSConfig)
	if err != nil {
		return res, err
	}
	stop := cn.watch(ctx)
	defer func() {
		if stop() {
			cn.close()
		}
	}()
	fail := func(err error) (Result, error) {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		return res, err
	}
	folders, err := cn.folders(ctx, s.Config)
	if err != nil {
		return fail(err)
	}
	if err := requireSent(folders, s.Config); err != nil {
		return res, err
	}
	cursors, err := s.DB.Cursors(ctx, s.AccountID)
	if err != nil {
		return res, err
	}
	identities, err := s.DB.Identities(ctx)
	if err != nil {
		return res, err
	}
	fs := &folderSync{Syncer: s, cn: cn, res: &res, own: map[string]bool{}, log: s.Log}
	if fs.log == nil {
		fs.log = slog.New(slog.DiscardHandler)
	}
	for _, e := range identities {
		fs.own[e] = true
	}

	// One pipelined STATUS per folder tells which changed at all.
	statusOpts := &goimap.StatusOptions{NumMessages: true, UIDNext: true, UIDValidity: true, HighestModSeq: fs.condstore()}
	cmds := make([]*imapclient.StatusCommand, len(folders))
	for i, f := range folders {
		cmds[i] = cn.c.Status(f.Name, statusOpts)
	}
	statuses := make([]*goimap.StatusData, len(folders))
	for i, c := range cmds {
		if statuses[i], err = c.Wait(); err != nil {
			return fail(netError(err, s.Config))
		}
	}

	// Folders that vanished (renamed, deleted) are forgotten.
	for scope := range cursors {
		name, ok := folderOf(scope)
		if ok && !slices.ContainsFunc(folders, func(f folder) bool { return f.Name == name }) {
			if err := s.DB.DeleteCursor(ctx, s.AccountID, scope, name); err != nil {
				return res, err
			}
		}
	}

	for i, f := range folders {
		res.Folders = append(res.Folders, f.Name)
		prev, had := parseCursor(cursors[scopeOf(f.Name)])
		if err := fs.folder(ctx, f, statuses[i], prev, had); err != nil {
			return fail(err)
		}
	}
	return res, nil
}

// folderSync is the state of one Sync run.
type folderSync struct {
	*Syncer
	cn  *conn
	res *Result
	own map[string]bool // the rep's addresses
	log *slog.Logger
	// wanted are ids the rep's new mail refers to that are not stored: old
	// replies to look for in the reply folders.
	wanted []string
}

func (fs *folderSync) condstore() bool {
	return fs.cn.caps.Has(goimap.CapCondStore) || fs.cn.caps.Has(goimap.CapQResync)
}

func (fs *folderSync) progress(f folder, done, total int) {
	if fs.Progress != nil {
		fs.Progress(model.SyncProgress{AccountID: fs.AccountID, Folder: f.Name, Done: done, Total: total})
	}
}

// unchanged reports whether STATUS shows the folder as the cursor left it:
// same UIDVALIDITY, no new UID, same count (so nothing expunged) and, with
// CONDSTORE, the same HIGHESTMODSEQ.
func unchanged(c cursor, st *goimap.StatusData) bool {
	if !c.Done || st == nil || st.NumMessages == nil {
		return false
	}
	return c.UIDValidity == st.UIDValidity && c.UIDNext == uint32(st.UIDNext) && c.Messages == *st.NumMessages &&
		(st.HighestModSeq == 0 || c.ModSeq == st.HighestModSeq)
}

// folder syncs one folder: removes what the server expunged, then fetches
// every UID at or above the cursor in batches.
func (fs *folderSync) folder(ctx context.Context, f folder, st *goimap.StatusData, prev cursor, had bool) error {
	// The rep's mail stored before its body was kept, read by older rules:
	// fetched again, so that the current rules read it.
	var refetch []uint32
	if f.Role != RoleInbox && had {
		var err error
		if refetch, err = fs.DB.RefetchUIDs(ctx, fs.AccountID, f.Name, mime.TextVersion); err != nil {
			return err
		}
	}
	if had && unchanged(prev, st) && len(refetch) == 0 && (f.Role != RoleInbox || len(fs.wanted) == 0) {
		fs.res.Unchanged = append(fs.res.Unchanged, f.Name)
		fs.progress(f, 0, 0)
		return nil
	}
	sel, err := fs.cn.c.Select(f.Name, &goimap.SelectOptions{ReadOnly: true, CondStore: fs.condstore()}).Wait()
	if err != nil {
		return netError(err, fs.Config)
	}
	reset := had && prev.UIDValidity != sel.UIDValidity
	if reset {
		fs.log.Info("imap: UIDVALIDITY changed, folder resynced", "folder", f.Name)
	}
	if !had || reset {
		prev = cursor{}
	}
	uids, err := fs.allUIDs()
	if err != nil {
		return err
	}
	var gone []uint32
	if had && !reset {
		stored, err := fs.DB.FolderUIDs(ctx, fs.AccountID, f.Name)
		if err != nil {
			return err
		}
		for _, u := range stored {
			if _, found := slices.BinarySearch(uids, u); !found {
				gone = append(gone, u)
			}
		}
	}
	start, _ := slices.BinarySearch(uids, prev.UIDNext)
	todo := uids[start:]
	if len(refetch) > 0 && !reset {
		var again []uint32
		for _, u := range refetch {
			if _, found := slices.BinarySearch(uids[:start], u); found {
				again = append(again, u)
			}
		}
		todo = append(again, todo...)
	}
	// Old replies to the rep's new mail: look them up by Message-ID.
	if f.Role == RoleInbox && len(fs.wanted) > 0 && prev.UIDNext > 0 {
		found, err := fs.searchIDs(fs.wanted, prev.UIDNext)
		if err != nil {
			return err
		}
		todo = append(found, todo...)
	}

	final := cursor{UIDValidity: sel.UIDValidity, UIDNext: uint32(sel.UIDNext), Messages: uint32(len(uids)), ModSeq: sel.HighestModSeq, Done: true}
	if n := len(uids); n > 0 && uids[n-1] >= final.UIDNext {
		final.UIDNext = uids[n-1] + 1
	}
	batch := store.SyncBatch{AccountID: fs.AccountID, Folder: f.Name, ResetFolder: reset, Delete: gone, Scope: scopeOf(f.Name)}
	fs.res.Deleted += len(gone)
	fs.progress(f, 0, len(todo))
	if len(todo) == 0 {
		batch.Cursor = final.String()
		return fs.DB.ApplySync(ctx, batch)
	}

	sizes, err := fs.sizes(todo, f.Role)
	if err != nil {
		return err
	}
	size := fs.BodyBatch
	if size <= 0 {
		size = defaultBodyBatch
	}
	if f.Role == RoleInbox {
		if size = fs.HeaderBatch; size <= 0 {
			size = defaultHeaderBatch
		}
	}
	// Fetching and parsing (network, CPU) overlap with storing (disk):
	// one goroutine reads batches ahead while this one writes them in order.
	type fetchedBatch struct {
		uids []uint32
		msgs []model.Message
		err  error
	}
	ahead := make(chan fetchedBatch, 2)
	fctx, cancel := context.WithCancel(ctx)
	reader := make(chan struct{})
	defer func() {
		cancel()
		for range ahead {
		}
		<-reader
	}()
	go func() {
		defer close(reader)
		defer close(ahead)
		for rest := todo; len(rest) > 0; {
			n := min(size, len(rest))
			part := rest[:n]
			rest = rest[n:]
			msgs, err := fs.fetch(part, sizes, f.Role)
			select {
			case ahead <- fetchedBatch{part, msgs, err}:
			case <-fctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	done := 0
	for fb := range ahead {
		if fb.err != nil {
			return fb.err
		}
		msgs := fb.msgs
		if f.Role == RoleInbox {
			if msgs, err = fs.replies(ctx, msgs); err != nil {
				return err
			}
		}
		batch.Put = msgs
		last := fb.uids[len(fb.uids)-1]
		done += len(fb.uids)
		next := prev
		next.UIDNext = max(prev.UIDNext, last+1)
		next.UIDValidity = sel.UIDValidity
		next.Done = false
		if done == len(todo) {
			next = final
		}
		batch.Cursor = next.String()
		if err := fs.DB.ApplySync(ctx, batch); err != nil {
			return err
		}
		prev = next
		fs.res.Stored += len(msgs)
		batch = store.SyncBatch{AccountID: fs.AccountID, Folder: f.Name, Scope: scopeOf(f.Name)}
		fs.progress(f, done, len(todo))
	}
	if done != len(todo) {
		return ctx.Err()
	}
	if f.Role == RoleSent && had && !reset && start < len(uids) {
		// The rep's new mail may answer customer mail that was skipped
		// when it arrived: remember the ids to look for.
		missing, err := fs.DB.MissingReferences(ctx, fs.AccountID, f.Name, uids[start])
		if err != nil {
			return err
		}
		fs.wanted = missing
	}
	return nil
}

// allUIDs returns every UID in the selected folder, ascending (UID SEARCH
// ALL; with ESEARCH, RFC 4731, the answer is a compact set).
func (fs *folderSync) allUIDs() ([]uint32, error) {
	var opts *goimap.SearchOptions
	if fs.cn.caps.Has(goimap.CapESearch) || fs.cn.caps.Has(goimap.CapIMAP4rev2) {
		opts = &goimap.SearchOptions{ReturnAll: true}
	}
	data, err := fs.cn.c.UIDSearch(&goimap.SearchCriteria{}, opts).Wait()
	if err != nil {
		return nil, netError(err, fs.Config)
	}
	return uidList(data.All), nil
}

func uidList(set goimap.NumSet) []uint32 {
	us, ok := set.(goimap.UIDSet)
	if !ok {
		return nil
	}
	nums, _ := us.Nums()
	out := make([]uint32, len(nums))
	for i, n := range nums {
		out[i] = uint32(n)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// searchIDs finds messages by Message-ID below a UID (the ones already
// passed), 25 ids to a SEARCH.
func (fs *folderSync) searchIDs(ids []string, below uint32) ([]uint32, error) {
	var out []uint32
	for len(ids) > 0 {
		n := min(25, len(ids))
		part := ids[:n]
		ids = ids[n:]
		c := goimap.SearchCriteria{Header: []goimap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: part[0]}}}
		for _, id := range part[1:] {
			c = goimap.SearchCriteria{Or: [][2]goimap.SearchCriteria{{c, {Header: []goimap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: id}}}}}}
		}
		var set goimap.UIDSet
		set.AddRange(1, goimap.UID(below-1))
		c.UID = []goimap.UIDSet{set}
		data, err := fs.cn.c.UIDSearch(&c, nil).Wait()
		if err != nil {
			return nil, netError(err, fs.Config)
		}
		out = append(out, uidList(data.All)...)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// sizes fetches RFC822.SIZE for the whole messages to come, in one
// command, so that oversize ones are fetched as headers only.
func (fs *folderSync) sizes(uids []uint32, role Role) (map[uint32]int64, error) {
	if role == RoleInbox {
		return nil, nil
	}
	cmd := fs.cn.c.Fetch(uidSet(uids), &goimap.FetchOptions{UID: true, RFC822Size: true})
	out := make(map[uint32]int64, len(uids))
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		buf, err := msg.Collect()
		if err != nil {
			cmd.Close()
			return nil, netError(err, fs.Config)
		}
		out[uint32(buf.UID)] = buf.RFC822Size
	}
	if err := cmd.Close(); err != nil {
		return nil, netError(err, fs.Config)
	}
	return out, nil
}

func uidSet(uids []uint32) goimap.UIDSet {
	var s goimap.UIDSet
	for _, u := range uids {
		s.AddNum(goimap.UID(u))
	}
	return s
}

// fetch reads one batch and translates it. It runs on the reader
// goroutine and touches only the connection and the reader's counters.
func (fs *folderSync) fetch(uids []uint32, sizes map[uint32]int64, role Role) ([]model.Message, error) {
	limit := fs.Config.MaxBytes
	if limit == 0 {
		limit = mime.DefaultMaxBytes
	}
	var whole, heads []uint32
	for _, u := range uids {
		if role != RoleInbox && sizes[u] <= limit {
			whole = append(whole, u)
		} else {
			heads = append(heads, u)
		}
	}
	var got []fetched
	if len(whole) > 0 {
		section := &goimap.FetchItemBodySection{Peek: true}
		out, err := fs.fetchItems(whole, section, false, limit)
		if err != nil {
			return nil, err
		}
		got = append(got, out...)
	}
	if len(heads) > 0 {
		section := &goimap.FetchItemBodySection{Peek: true, Specifier: goimap.PartSpecifierHeader}
		if role == RoleInbox {
			section.HeaderFields = headerFields
		}
		out, err := fs.fetchItems(heads, section, true, limit)
		if err != nil {
			return nil, err
		}
		got = append(got, out...)
	}
	msgs := make([]model.Message, 0, len(got))
	for _, f := range got {
		m, ok := toMessage(f, role)
		if !ok {
			fs.res.Unreadable++
			fs.log.Warn("imap: unreadable message skipped", "uid", f.UID, "size", f.Size)
			continue
		}
		if m.Oversize {
			fs.res.Oversize++
		}
		msgs = append(msgs, m)
	}
	return msgs, nil
}

// replies keeps the reply headers that belong to a thread the rep is in,
// and that someone else sent.
func (fs *folderSync) replies(ctx context.Context, msgs []model.Message) ([]model.Message, error) {
	refs := make([][]string, len(msgs))
	var ids []string
	for i := range msgs {
		refs[i] = model.ThreadRefs(&msgs[i])
		ids = append(ids, refs[i]...)
	}
	known, err := fs.DB.KnownThreadIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := msgs[:0]
	for i := range msgs {
		m := &msgs[i]
		if fs.own[model.NormalizeEmail(m.From.Email)] {
			fs.res.Skipped++
			continue
		}
		if slices.ContainsFunc(refs[i], func(id string) bool { return known[id] }) {
			out = append(out, *m)
		} else {
			fs.res.Skipped++
		}
	}
	return out, nil
}

// fetchItems runs one UID FETCH of a body section and parses each message
// as it streams in, so a batch never holds more than one raw message.
func (fs *folderSync) fetchItems(uids []uint32, section *goimap.FetchItemBodySection, headersOnly bool, limit int64) ([]fetched, error) {
	cmd := fs.cn.c.Fetch(uidSet(uids), &goimap.FetchOptions{
		UID: true, RFC822Size: true, InternalDate: true, BodySection: []*goimap.FetchItemBodySection{section},
	})
	out := make([]fetched, 0, len(uids))
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		f := fetched{HeadersOnly: headersOnly}
		for {
			item := msg.Next()
			if item == nil {
				break
			}
			switch it := item.(type) {
			case imapclient.FetchItemDataUID:
				f.UID = uint32(it.UID)
			case imapclient.FetchItemDataRFC822Size:
				f.Size = it.Size
			case imapclient.FetchItemDataInternalDate:
				f.InternalDate = it.Time
			case imapclient.FetchItemDataBodySection:
				if it.Literal == nil {
					continue
				}
				f.HasBody = true
				f.Parsed, f.ParseErr = mime.Parse(it.Literal, mime.Options{MaxBytes: limit})
			}
		}
		if f.UID != 0 {
			out = append(out, f)
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, netError(err, fs.Config)
	}
	return out, nil
}
