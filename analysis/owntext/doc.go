// Package owntext extracts a message's own text: the part its author wrote
// in it, with quoted replies, forwarded chains and signatures removed and
// HTML turned into plain text (DESIGN.md, "Own text").
//
// The rules are heuristics tuned on the shapes real mail clients produce:
// Gmail, Outlook (desktop, web and mobile), Apple Mail and Thunderbird, in
// English and the common European and Asian locales. They keep the greeting
// and the body and drop the sign-off with the short name block after it.
// Everything here is pure: no I/O, no globals that change, safe for
// concurrent use.
package owntext
