package imap_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	dimap "dialtone/sync/imap"
	"dialtone/sync/imap/imaptest"
)

// benchSize is the Sent folder of the sync benchmarks; INBOX holds as many
// messages, half of them replies to the rep.
const benchSize = 20_000

// BenchmarkFullSync measures a first sync of a 20,000-message Sent folder
// and 20,000 INBOX headers from a local Dovecot, in a process of its own
// (parse, store, then classify every outbound message), against mbsync
// mirroring the same Sent folder to a maildir. It reports both times, their
// ratio and the sync process's peak resident memory.
func BenchmarkFullSync(b *testing.B) {
	d, cfg := benchServer(b)
	ctx := context.Background()
	// Warm Dovecot's indexes so neither side pays for them.
	if _, err := imaptest.Mbsync(ctx, d, repEmail, repPass, "Sent", b.TempDir()); err != nil {
		b.Fatal(err)
	}
	// Each iteration runs both sides three times, alternating, and keeps
	// the medians: on a small shared machine one run of each is too noisy.
	const rounds = 3
	var ours, theirs []time.Duration
	var peak int64
	for i := 0; i < b.N; i++ {
		for r := 0; r < rounds; r++ {
			path := filepath.Join(b.TempDir(), "dialtone.db")
			db, acct := openDBAt(b, path, cfg)
			db.Close()
			cmd := syncChild(path, cfg.Port, acct, 0, 0)
			cmd.Env = append(cmd.Env, "DIALTONE_CHILD_CLASSIFY=1")
			start := time.Now()
			if err := cmd.Run(); err != nil {
				b.Fatalf("sync process: %v\n%s", err, cmd.Stdout)
			}
			ours = append(ours, time.Since(start))
			if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > peak {
				peak = ru.Maxrss
			}
			t, err := imaptest.Mbsync(ctx, d, repEmail, repPass, "Sent", b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			theirs = append(theirs, t)
		}
	}
	mo, mt := median(ours), median(theirs)
	b.ReportMetric(mo.Seconds(), "dialtone-s")
	b.ReportMetric(mt.Seconds(), "mbsync-s")
	b.ReportMetric(mo.Seconds()/mt.Seconds(), "ratio")
	b.ReportMetric(float64(peak)/1024, "peak-MB")
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkIncrementalSync measures a sync of the same mailbox when
// nothing changed: sign-in, LIST, one STATUS per folder.
func BenchmarkIncrementalSync(b *testing.B) {
	_, cfg := benchServer(b)
	db, acct := openDBAt(b, filepath.Join(b.TempDir(), "dialtone.db"), cfg)
	defer db.Close()
	s := &dimap.Syncer{DB: db, AccountID: acct, Config: cfg}
	if _, err := s.Sync(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := s.Sync(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if res.Stored != 0 {
			b.Fatalf("an unchanged mailbox stored %d messages", res.Stored)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/sync")
}

// benchServer starts Dovecot with the benchmark mailbox.
func benchServer(b *testing.B) (*imaptest.Dovecot, dimap.Config) {
	b.Helper()
	if os.Getenv("DIALTONE_CHILD_DB") != "" {
		b.Skip()
	}
	bk, d := dovecotWithCorpus(b, benchSize)
	return d, bk.cfg
}
