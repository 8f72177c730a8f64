// Package model holds Dialtone's domain types and the interfaces between its
// layers. It depends on the standard library only: connectors translate their
// library types (IMAP structs, Gmail JSON, iCalendar) into these types at the
// boundary, the store persists them, and analysis reasons about them.
//
// The vocabulary (contact, connect, touching base, silent and stalled threads,
// call candidates) is defined in DESIGN.md; the names here follow it.
package model
