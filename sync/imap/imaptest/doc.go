// Package imaptest provides real-server fixtures for IMAP sync tests: a
// throwaway Dovecot instance on a loopback port, a fast maildir filler for
// large mailboxes, an mbsync runner used as a speed reference, a fault
// injecting TCP proxy and a tiny RFC 5322 message builder.
//
// Dovecot and mbsync come from the Debian packages dovecot-imapd and isync
// (see scripts/deps.sh). Tests that need Dovecot are skipped when it is not
// installed, unless DIALTONE_REQUIRE_DOVECOT is set, in which case they fail.
package imaptest
