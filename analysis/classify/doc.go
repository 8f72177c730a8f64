// Package classify tells touching-base emails from substantive ones and
// scores how much an outbound message gives its reader (DESIGN.md,
// "Touching base" and "Value score").
//
// The verdict comes from a logistic-regression model over hand-built
// features (nudge phrases, new figures, dates and times, material, answers
// to the customer's question, concrete proposals, thread silence, and
// digit-free content measures: the residual content left once greeting,
// nudge and pleasantries are removed, content sentences, instructions,
// commitments, reports, opinions, content-bearing questions, proper nouns)
// and hashed word n-grams. Its weights are trained by `go generate` (internal/train)
// from the JSON Lines examples in testdata/ and embedded as weights.json.
// Every reason carries a byte span into the own text so the UI can
// highlight it. The package is pure and deterministic: no I/O at run time,
// no mutable state, safe for concurrent use.
package classify

//go:generate go run ./internal/train -out weights.json -lexical testdata/multilingual_train.jsonl,testdata/multilingual_train2.jsonl,testdata/multilingual_train3.jsonl testdata/train.jsonl testdata/dev.jsonl testdata/corporate_train.jsonl testdata/corporate_train2.jsonl testdata/corporate_train3.jsonl testdata/corporate_train5.jsonl testdata/corporate_train6.jsonl testdata/corporate_train7.jsonl
