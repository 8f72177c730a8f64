//go:build race

package imap_test

// raceDetector is true when the tests run with -race.
const raceDetector = true
