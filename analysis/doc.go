// Package analysis turns stored mail and calendar data into Dialtone's
// judgements: ISO weeks in the rep's time zone, the weekly report, and the
// state of each thread (silent, stalled, call candidate). It is pure and
// deterministic: no I/O, and "now" always comes from the caller.
package analysis
