package feat

import (
	"slices"
	"strconv"
	"strings"
)

// numbers finds money, quantities, percentages, dates and times.
func (t *Tables) numbers(s string, thread []ThreadMsg, f *Features) {
	toks := f.Tokens
	// dateEnd is where a date whose day or month is toks[j] ends: with its
	// year when one follows.
	dateEnd := func(j int) int32 { return toks[j+yearAfter(s, toks, j)].End }
	cls := f.cls[:len(toks)]
	// span records a figure from toks[i] to end, its number running to
	// toks[j] (one the thread holds already is a RepeatedNumber), and
	// returns the index of the last token it covers.
	span := func(i, j int, kind Kind, end int32) int {
		if repeated(s[toks[i].Start:toks[j].End], thread) {
			kind = RepeatedNumber
		}
		f.Hits = append(f.Hits, Hit{Kind: kind, Start: toks[i].Start, End: end, Tok: int32(i)})
		for i+1 < len(toks) && toks[i+1].End <= end {
			i++
		}
		return i
	}
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		if cls[i]&wMonth != 0 {
			j := i + 1
			if j+1 < len(toks) && toks[j].Kind == Punct && toks[j].Char == '.' && toks[j].Start == tk.End && tk.End-tk.Start <= 4 &&
				!(toks[j+1].NL && toks[j+1].Kind == Num && listMarker(s, toks, j+1)) {
				j++ // "Sept. 17", "Jan. 5"; not "…for June.\n2) Should the lot…"
			}
			if j < len(toks) && toks[j].Kind == Num && dayOrYear(s[toks[j].Start:toks[j].End]) && !clockAfter(toks, j) {
				kind := t.dateKind(f, i)
				if ordinalSuffix(s, toks, j) {
					j++ // "March 3rd"
				}
				last := j + yearAfter(s, toks, j) // "May 22, 2001": the year is the date's
				f.Hits = append(f.Hits, Hit{Kind: kind, Start: tk.Start, End: toks[last].End, Tok: int32(i)})
				i = last
				continue
			}
			y := yearAfter(s, toks, i)
			if y == 0 {
				y = shortYearOf(s, toks, i)
			}
			if y > 0 {
				kind := t.dateKind(f, i) // "until June, 2000", "in March of 98": the year is the month's
				f.Hits = append(f.Hits, Hit{Kind: kind, Start: tk.Start, End: toks[i+y].End, Tok: int32(i)})
				i += y
				continue
			}
		}
		if tk.Kind != Num {
			continue
		}
		if i > 0 && toks[i-1].Kind == Punct && f.numberSign(i-1) || hashNumber(s, toks, i) {
			continue // "deal #292249", "item #3", "RC # 4410": which one, not how many
		}
		if n := decade(s, toks, i); n > 0 {
			i += n - 1 // "in the 1950s": an era, no date to act on
			continue
		}
		if c := calendarYear(s, toks, i); c >= 0 {
			// "Cal'01 through Cal'06", "Cal 02": a calendar year of a trade
			f.Hits = append(f.Hits, Hit{Kind: t.dateKind(f, i), Start: toks[c].Start, End: tk.End, Tok: int32(i)})
			continue
		}
		if apostropheYear(s, toks, i) && !(i+1 < len(toks) && t.unitAt(s, toks, i+1, false)) {
			// "by '27", "the '98 crops": a year written short
			f.Hits = append(f.Hits, Hit{Kind: t.dateKind(f, i), Start: toks[i-1].Start, End: tk.End, Tok: int32(i)})
			continue
		}
		if n := t.itemRef(s, toks, i); n > 0 {
			i += n - 1 // "tell me what you think of 2 and 3 above": items of a list
			continue
		}
		if n := t.fileName(toks, i); n > 0 {
			i += n - 1 // "2205.doc", "4471bkp.doc": a file's name
			continue
		}
		if pathPart(toks, i) {
			continue // "lena/2001/leases/barn.doc": a folder's name
		}
		if tk.Start > 1 && s[tk.Start-1] == '_' && alnum(s[tk.Start-2]) {
			continue // "West_2", "hay_2026": a file's or a report's name ("__5__" is a blank filled in)
		}
		if qpEscape(s, toks, i) {
			continue // "The new= =20 rates": quoted-printable left undecoded
		}
		if t.twoCents(s, toks, i) {
			i++
			continue // "here's my 2 cents": an opinion, not a price
		}
		if i > 0 && i+2 < len(toks) && toks[i-1].Kind == Word && toks[i-1].Hash == t.theHash && toks[i+1].Hash == t.ofHash &&
			toks[i+2].Kind == Word && t.objects.Has(toks[i+2].Hash) {
			continue // "the 4 of us": who, not a figure
		}
		if n := max(t.reachAt(s, toks, i), phoneAt(s, toks, i)); n > 0 {
			// "her phone is 44217 883190": the number a telephone word
			// names; a phone or fax number is how to reach someone, not a
			// figure, whichever of the two reads more of it ("call Dana at
			// (555) 201 - 3344")
			if !repeated(s[tk.Start:toks[i+n-1].End], thread) {
				f.contacts = append(f.contacts, [2]int32{int32(i), toks[i+n-1].End}) // a number the thread holds is not new (contactGiven)
			}
			i += n - 1
			continue
		}
		if n := cardAt(s, toks, i); n > 0 {
			i += n - 1 // "4111 1111 1111 1111": a card's number names it
			continue
		}
		if accountAt(s, toks, i) {
			i += 2 // "312-40987", "83-4410276": an account's or a form's number names it
			continue
		}
		if yearSerial(s, toks, i) {
			i += 2 // "quote 2026/58", "file 2000-64": a year and a serial number name a document
			continue
		}
		if n := t.extensionAt(s, toks, i); n > 0 {
			i += n - 1 // "x204": the rest of a phone number
			continue
		}
		if t.signedExtension(s, toks, i) || t.namedExtension(s, toks, i) {
			continue // "Dana Reyes 36410" closing the text, "call Dana Reyes (36410)": her extension
		}
		if n := t.codeAt(s, toks, i); n > 0 {
			i += n - 1 // "A320", "30C1": a name written with digits, not a figure
			continue
		}
		if e := t.dayAfterDate(s, f, i); e >= 0 {
			i = e // "Nov. 1 & 2", "May 5-7", "the 2nd-5th": the date's last day
			continue
		}
		if j := sizeAt(s, toks, i); j > i {
			// "5x7 prints", "50 MW 7x24": one size or schedule, not two
			// figures; "2x1000 MW", "8x10 feet" with their unit
			kind, end := Number, toks[j].End
			if u := j + 1; u < len(toks) && toks[u].Kind == Word && !toks[u].NL && toks[u].Start-end <= 1 {
				if t.units.Has(toks[u].Hash) {
					kind, end = Quantity, toks[u].End
				} else if t.measures.Has(toks[u].Hash) {
					end = toks[u].End
				}
			}
			i = span(i, j, kind, end)
			continue
		}
		if j := t.fractionAt(s, toks, i); j > i {
			// "2 1/2 hours", "12 3/8", "3/4 mile": a fraction, not a date
			kind, end := Number, toks[j].End
			if u := t.rangeUnit(toks, j+1); u > 0 {
				kind, end = Quantity, toks[u].End
			} else if x := j + 1; x < len(toks) && toks[x].Kind == Word && !toks[x].NL && (t.measures.Has(toks[x].Hash) || t.fractionOf.Has(toks[x].Hash)) {
				end = toks[x].End // "1/2 mile", still a number
			} else if t.rangeTo(toks, j) {
				if u := t.rangeUnit(toks, j+3); u > 0 {
					kind, end = Quantity, toks[u].End // "2 1/2 to 3 hours"
				}
			}
			i = span(i, j, kind, end)
			continue
		}
		start, end, first := tk.Start, tk.End, i
		kind := Number
		if p, money := decimalPoint(toks, i); p >= 0 {
			start, first = toks[p].Start, p // "$.0375", ".125": a fraction written without its 0
			if money {
				kind = Money
			}
		} else if n := t.zeroCode(s, toks, i); n > 0 {
			i += n - 1 // "account 0092", "meter 0417": a number written with its leading zeros names something
			continue
		}
		next := func(k int) (Token, bool) {
			if i+k < len(toks) && toks[i+k].Start-toks[i+k-1].End <= 1 {
				return toks[i+k], true
			}
			return Token{}, false
		}
		// the number is the day of the month or weekday w names: "22 May
		// 2001", not "Group 2 Thursday", which a noun numbers
		dayOf := func(w Token) bool {
			return w.Kind == Word && t.isMonthOrDay(w.Hash) && dayEnd(s[tk.Start:tk.End]) && !t.Numbered(toks, i)
		}
		if i > 0 && moneySign(toks[i-1]) {
			kind, start, first = Money, toks[i-1].Start, i-1
			if i > 1 && toks[i-2].End == toks[i-1].Start && toks[i-2].Kind == Word && toks[i-2].End-toks[i-2].Start <= 3 {
				start, first = toks[i-2].Start, i-2 // "R$ 3.400", "US$ 900", "C$ 40"
			}
		}
		if p := i - 1; kind == Number && p >= 0 && toks[p].Kind == Word && t.currency.Has(toks[p].Hash) &&
			(toks[p].End == tk.Start || (tk.Start-toks[p].End == 1 && s[toks[p].End] == ' ')) {
			kind, start, first = Money, toks[p].Start, p // "EUR 48,000", "USD 52,000", "CHF 1.250"
		}
		if j := t.spaceGrouped(s, toks, i, kind == Money); j > i {
			end, i = toks[j].End, j // "12 500,00 €": digit groups joined by a space
		}
		if date, ok := t.dottedDate(s, toks, i); kind == Number && ok {
			kind, end = DateHit, date // "am 12.03.", "bis 31.3.2026"
		} else if i+1 < len(toks) && (kind == Money || kind == Number) && t.scale.Has(toks[i+1].Hash) && blanks(s[tk.End:toks[i+1].Start], 3) {
			// "$17  million", "$17" and a line break, then "million": a
			// scale after up to three blanks is the amount's all the same
			if kind == Number {
				kind = Quantity
			}
			end = toks[i+1].End
		} else if n1, ok := next(1); ok {
			mer := meridiem(s, toks, i+1) // "4 p.m."
			var hours int32               // "5-5:30", "10-11:30 am": a range of times
			if n1.Kind == Punct && n1.Char == '-' || n1.Kind == Word && n1.Hash == t.toHash {
				hours = t.hourRange(s, toks, i) // "8 to 9:45 a.m." too
			}
			switch {
			case n1.Kind == Punct && n1.Char == '%':
				kind, end = Percent, n1.End
			case n1.Kind == Punct && n1.Char == ':':
				if n2, ok := next(2); ok && n2.Kind == Num {
					kind, end = TimeHit, n2.End
					k := 3
					if n3, ok := next(3); ok && n3.Kind == Punct && n3.Char == ':' && n3.Start == n2.End {
						if n4, ok := next(4); ok && n4.Kind == Num && n4.Start == n3.End && n4.End-n4.Start == 2 {
							end, k = n4.End, 5 // "9:41:27 PM": with its seconds
						}
					}
					if nz, ok := next(k); ok && nz.Kind == Word && t.zones.Has(nz.Hash) {
						end = nz.End
					} else if e := meridiem(s, toks, i+k); ok && e > 0 {
						end = e // "10:30 a.m."
					}
				}
			case hours > 0:
				kind, end = TimeHit, hours
			case n1.Kind == Punct && (n1.Char == '/' || n1.Char == '.' || n1.Char == '-'):
				// a stop with a blank on either side ends an item or a
				// sentence or starts a fraction: "3. 60 days is fine" and
				// "4.12 .57" are no dates
				if n2, ok := next(2); ok && n2.Kind == Num && tk.End-tk.Start <= 4 && n2.End-n2.Start <= 4 && (n1.Char != '.' || n2.Start == n1.End && n1.Start == tk.End) {
					kind, end = DateHit, n2.End
					if n3, ok := next(3); ok && n3.Kind == Punct && (n3.Char == '/' || n3.Char == '-' || n3.Char == '.') {
						if n4, ok := next(4); ok && n4.Kind == Num {
							end = n4.End
							if n5, ok := next(5); ok && n3.Char == '-' && n5.Kind == Punct && n5.Char == n1.Char {
								if n6, ok := next(6); ok && n6.Kind == Num {
									end = n6.End // "11/3-11/28": from one date to another
								}
							}
						}
					} else if u := t.rangeUnit(toks, i+3); n1.Char == '-' && u > 0 {
						kind, end = Quantity, toks[u].End // "2-3 weeks", "4-6 more weeks": a range, not April 6
					} else if m := t.measureRange(s, toks, i); m > 0 {
						kind, end = Number, toks[m].End // "7-10 ppm", "50-80 MW": a range with its measure, not July 10
					} else if n1.Char == '-' && t.countRange(s, toks, i) {
						kind, end = Number, n2.End // "8-10 counterparties": a count, not August 10
					} else if n1.Char == '-' && t.tally(toks, i) {
						kind, end = Number, n2.End // "the board voted it down 3-2": a vote's count, not March 2
					}
				} else if n2, ok := next(2); ok && n2.Kind == Word && kind == Money && n1.Char == '/' {
					end = n2.End // $39/seat
				} else if ok && n2.Kind == Word && n1.Char == '-' && t.units.Has(n2.Hash) {
					kind, end = Quantity, n2.End // 6-month, 15-minute
				}
			case t.bareZone(s, n1):
				kind, end = TimeHit, n1.End
				if n2, ok := next(2); ok && n2.Kind == Num && n1.Start == tk.End && n2.Start == n1.End && n2.End-n2.Start == 2 && strings.EqualFold(s[n1.Start:n1.End], "h") {
					// "14h30", "9h00": the minutes after the French hour
					// ("2h10m" is a length)
					if n3, ok := next(3); !ok || n3.Start > n2.End || n3.Kind != Word {
						end = n2.End
					}
				}
			case kind == Number && n1.Kind == Word && s[tk.Start:tk.End] == "12" && noonWord(s[n1.Start:n1.End]):
				kind, end = TimeHit, n1.End // "12 noon", "12 Midnight"
				if n2, ok := next(2); ok && t.bareZone(s, n2) {
					end = n2.End // "12 Noon CST"
				}
			case mer > 0 && kind == Number && clockNumber(s[tk.Start:tk.End]):
				kind, end = TimeHit, mer
			case n1.Kind == Word && t.unitAt(s, toks, i+1, kind == Money):
				if kind != Money {
					kind = Quantity
				}
				end = n1.End
			case dayOf(n1):
				kind, end = DateHit, dateEnd(i+1) // "22 May 2001"
			}
		}
		if kind == Money && i+3 < len(toks) && t.orTo(toks[i+1]) && moneySign(toks[i+2]) && toks[i+3].Kind == Num && toks[i+3].Start == toks[i+2].End && !toks[i+3].NL {
			// "$2 to $4 M", "$40 or $45": one range
			end = toks[i+3].End
			if m := i + 4; m < len(toks) && toks[m].Kind == Word && toks[m].Start-end <= 1 && t.units.Has(toks[m].Hash) {
				end = toks[m].End
			}
		}
		if kind == Number && t.rangeTo(toks, i) {
			if u := t.rangeUnit(toks, i+3); u > 0 {
				kind, end = Quantity, toks[u].End // "3 or 4 hours", "2 to 3 weeks": one range
			} else if m := i + 3; m < len(toks) && toks[m].Kind == Word && t.measures.Has(toks[m].Hash) {
				end = toks[m].End // "between 1 and 2 MW", still a number (measures)
			} else if clockNumber(s[tk.Start:tk.End]) && clockNumber(s[toks[i+2].Start:toks[i+2].End]) {
				// "3 to 4 pm", "between 2 and 3 p.m."
				if e := meridiem(s, toks, i+3); e > 0 {
					kind, end = TimeHit, e
				} else if i+3 < len(toks) && toks[i+3].Start-toks[i+2].End <= 1 && t.bareZone(s, toks[i+3]) {
					kind, end = TimeHit, toks[i+3].End
				}
			}
			if kind == Number && end == tk.End && t.bareRange(s, toks, i) {
				end = toks[i+2].End // "6 or 7 trucks", "another 20 to 25 in review"
			}
		}
		if kind == Number && ordinalSuffix(s, toks, i) {
			if i+2 < len(toks) && toks[i+2].Kind == Word && t.party.Has(toks[i+2].Hash) {
				continue // "a 3rd party": someone, not a figure
			}
			if i > 0 && toks[i-1].Hash == t.theHash && i+2 < len(toks) && toks[i+2].Kind == Num && !toks[i+2].NL {
				continue // "the 1st 400 bales": the count after it is the figure
			}
			end = toks[i+1].End // "3rd quarter"
			if e, ok := t.ordinalDate(s, toks, i); ok {
				kind, end = DateHit, e // "the 3rd of March", "12th May", "on the 12th"
			}
		}
		if kind == Number || kind == Quantity {
			if m := t.dayOfMonth(s, toks, i); m > 0 {
				kind, end = DateHit, dateEnd(m) // "15 de abril", "1. September"
			} else if kind == Number && end == tk.End && t.dayAfterWeekday(s, f, i) {
				kind = DateHit // "el martes 9", "terça, dia 24"
			} else if signAfter(toks, i, "€£") {
				kind, end = Money, toks[i+1].End // "1.250€", "1.250 €" (a space or a no-break space before the sign)
			}
		}
		if kind == Number || kind == Quantity {
			// "2 weeks ago", "55 000 units" (space-separated unit)
			if i+1 < len(toks) && toks[i+1].Kind == Word {
				n1 := toks[i+1]
				if kind == Number && t.unitAt(s, toks, i+1, false) {
					kind, end = Quantity, n1.End
				} else if kind == Number && t.bareZone(s, n1) {
					kind, end = TimeHit, n1.End
				} else if kind == Number && dayOf(n1) {
					kind, end = DateHit, dateEnd(i+1)
				}
			}
			if i+1 < len(toks) && toks[i+1].Kind == Word && strings.EqualFold(s[toks[i+1].Start:toks[i+1].End], "k") {
				kind = Money
			}
			if kind == Number && i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Start-toks[i].End <= 1 && t.measures.Has(toks[i+1].Hash) {
				// "250 MW", "720 dth": the figure is quoted with its unit
				// but still counted a number, as the weights were fitted
				// (counted as quantities, lr.82's refit ranked real mail
				// a little worse)
				end = toks[i+1].End
			}
		}
		if i+2 < len(toks) && toks[i+2].Kind == Word && strings.EqualFold(s[toks[i+2].Start:toks[i+2].End], "ago") {
			kind = PastDate
		}
		if kind == Number && (listMarker(s, toks, i) || t.headingItem(s, toks, i)) {
			continue // "(1)", "2)", "3." numbering a list
		}
		if kind == Number && t.countsRemarks(s, toks, i) {
			continue // "2 things to settle on the lease": what the writer will say next, no figure
		}
		if kind == Number || kind == Quantity && t.hourWords.Has(toks[i+1].Hash) {
			if t.hourAfterDay(s, f, i) {
				kind = TimeHit // "Thursday at 3", "giovedì alle 15", "jeudi à 15 heures"
			} else if e, ok := t.hourBeforeDay(s, f, i); ok {
				kind, end = TimeHit, max(end, e) // "at 9 tomorrow", "at 10 Houston time"
			} else if t.runTogetherClock(s, toks, i) {
				kind = TimeHit // "they don't open until 930"
			} else if e := t.dayPartAfter(s, toks, i); e > 0 {
				kind, end = TimeHit, e // "at 10 in the morning", "home by 7 at night"
			} else if t.mealHour(s, toks, i) {
				kind = TimeHit // "supper at 6 in the grange hall"
			}
		}
		if kind == Number && end == tk.End && tk.End-tk.Start >= 7 && allDigits(s[tk.Start:tk.End]) {
			continue // "96017642", "4417203551": seven digits or more, bare, name a contract or an account
		}
		if (kind == DateHit || kind == TimeHit) && t.dateKind(f, i) == PastDate {
			kind = PastDate
		}
		if (kind == Money || kind == Quantity || kind == Percent || kind == Number) && repeated(s[tk.Start:tk.End], thread) {
			kind = RepeatedNumber
		}
		f.Hits = append(f.Hits, Hit{Kind: kind, Start: start, End: end, Tok: int32(first)})
		for i+1 < len(toks) && toks[i+1].End <= end {
			i++
		}
	}
}

// unitAt reports whether the word at toks[j] is the unit of the number
// before it: "30 days", "10x", a "B" glued after an amount (money: "$21B",
// billions), but not an "x" standing apart, nor "times" after an amount,
// which multiply ("$.02 x 60,000", "$.05 times the hours").
func (t *Tables) unitAt(s string, toks []Token, j int, money bool) bool {
	w := toks[j]
	if money && w.Kind == Word && w.Start == toks[j-1].End && strings.EqualFold(s[w.Start:w.End], "b") {
		return true
	}
	if w.Kind != Word || !t.units.Has(w.Hash) || money && w.Hash == t.timesHash {
		return false
	}
	return w.Start == toks[j-1].End || !letterX(s, w)
}

// spaceGrouped returns the index of the last digit group of a number
// written with spaces between its groups of three ("12 500", "1 250 000,00",
// common in French and in Europe generally), or i when there is none. The
// groups are taken only for money: a currency sign before the number
// (money), or a sign or code after its last group; otherwise "in 2 500-seat
// halls" or two figures in a row would run together.
func (t *Tables) spaceGrouped(s string, toks []Token, i int, money bool) int {
	if toks[i].Kind != Num || !allDigits(s[toks[i].Start:toks[i].End]) || toks[i].End-toks[i].Start > 3 {
		return i
	}
	j := i
	for j+1 < len(toks) && toks[j+1].Kind == Num && isGroupGap(s[toks[j].End:toks[j+1].Start]) {
		g := s[toks[j+1].Start:toks[j+1].End]
		if len(g) < 3 || !allDigits(g[:3]) || len(g) > 3 && (g[3] != ',' && g[3] != '.' || len(g) > 6 || !allDigits(g[4:])) {
			break
		}
		j++
		if len(g) > 3 {
			break // the decimals end the number
		}
	}
	if j == i {
		return i
	}
	if money || signAfter(toks, j, "€$£") || j+1 < len(toks) && toks[j+1].Start-toks[j].End <= 3 && toks[j+1].Kind == Word && t.currency.Has(toks[j+1].Hash) {
		return j
	}
	return i
}

// signAfter reports whether one of signs follows the number at toks[j],
// glued on or after a space (an ASCII or a no-break one): "1.250 €".
func signAfter(toks []Token, j int, signs string) bool {
	return j+1 < len(toks) && toks[j+1].Kind == Punct && strings.ContainsRune(signs, toks[j+1].Char) && toks[j+1].Start-toks[j].End <= 3
}

// isGroupGap reports whether gap is the one space between digit groups:
// an ASCII space, a no-break space or a narrow no-break space.
func isGroupGap(gap string) bool {
	return gap == " " || gap == "\u00a0" || gap == "\u202f"
}

// alnum reports whether c is an ASCII letter or digit.
func alnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// allDigits reports whether w is one or more ASCII digits.
func allDigits(w string) bool {
	for j := 0; j < len(w); j++ {
		if w[j] < '0' || w[j] > '9' {
			return false
		}
	}
	return len(w) > 0
}

// dottedDate reports whether the number at toks[i] is a day and month
// written with dots, as German, Dutch and others write dates: "12.03."
// (the closing dot glued on) or "12.03.2026" / "12.3.26" (one token), and
// returns where the date ends; with its year the month may come first, as
// Americans write it ("9.27.01", "11.30.02"). "12.03" alone stays a number: it may be a
// price; so does "4.10." at the end of a sentence ("don't go below 4.10.")
// unless a word such as "am" or "le" comes before it.
func (t *Tables) dottedDate(s string, toks []Token, i int) (int32, bool) {
	dd, rest, ok := strings.Cut(s[toks[i].Start:toks[i].End], ".")
	if !ok {
		return 0, false // most numbers: no dot at all
	}
	mm, yy, withYear := strings.Cut(rest, ".")
	day, month := atoiSmall(dd), atoiSmall(mm)
	if withYear && day >= 1 && day <= 12 && month > 12 && month <= 31 {
		day, month = month, day // "9.27.01"
	}
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return 0, false
	}
	if withYear {
		if y := len(yy); y != 2 && y != 4 || !allDigits(yy) {
			return 0, false
		}
		return toks[i].End, true
	}
	cued := i > 0 && toks[i-1].Kind == Word && t.dateCue.Has(toks[i-1].Hash)
	if cued && i+1 < len(toks) && toks[i+1].Kind == Punct && toks[i+1].Char == '.' && toks[i+1].Start == toks[i].End {
		// "12.03." and, with its year, "12.03. 2026"
		if k := i + 1 + yearAfter(s, toks, i+1); k > i+1 {
			return toks[k].End, true
		}
		return toks[i+1].End, true
	}
	return 0, false
}

// atoiSmall parses a string of one or two digits, or returns -1.
func atoiSmall(w string) int {
	if w == "" || len(w) > 2 || !allDigits(w) {
		return -1
	}
	n := 0
	for j := 0; j < len(w); j++ {
		n = n*10 + int(w[j]-'0')
	}
	return n
}

// dayOfMonth returns the index of the month's name when the number at
// toks[i] is a day written before it with a word, a dot or a hyphen
// between, or 0: "15 de abril", "2 de maio", "1. September", "1er mars",
// "15-Jan" (and, for "4-Mar-27", the index of the year). (Without
// anything between, "22 May" is taken by numbers itself.)
func (t *Tables) dayOfMonth(s string, toks []Token, i int) int {
	w := toks[i]
	if w.End-w.Start > 2 || i+2 >= len(toks) || toks[i+2].Kind != Word || t.wordClass(toks[i+2].Hash)&wMonth == 0 {
		return 0
	}
	if d := atoiSmall(s[w.Start:w.End]); d < 1 || d > 31 {
		return 0
	}
	mid := toks[i+1]
	switch {
	case mid.Kind == Punct && mid.Char == '.' && mid.Start == w.End:
		// "1. September", but not a numbered list ("1. March 17: kickoff")
		if i == 0 || w.NL || i+3 < len(toks) && toks[i+3].Kind == Num {
			return 0
		}
	case mid.Kind == Word && (mid.Hash == t.deHash || mid.Hash == t.delHash): // "15 de abril"
	case mid.Kind == Word && mid.Start == w.End && (mid.Hash == t.erHash || mid.Hash == t.ordHash): // "1er mars", "1º"
	case mid.Kind == Punct && mid.Char == '-' && mid.Start == w.End && toks[i+2].Start == mid.End:
		// "4-Mar-27", "15-Jan-2027", "15-Jan": a spreadsheet's date, its
		// year glued on by a second hyphen
		m := i + 2
		if y := m + 2; y < len(toks) && toks[m+1].Kind == Punct && toks[m+1].Char == '-' && toks[m+1].Start == toks[m].End &&
			toks[y].Start == toks[m+1].End && toks[y].Kind == Num && (toks[y].End-toks[y].Start == 2 || fullYear(s[toks[y].Start:toks[y].End])) {
			return y
		}
		return m
	default:
		return 0
	}
	m := i + 2
	// "15 de abril de 2026": the year, after another "de"
	if m+2 < len(toks) && toks[m+1].Kind == Word && toks[m+1].Hash == t.deHash && yearAfter(s, toks, m+1) == 1 {
		return m + 2
	}
	return m
}

// bareZone reports whether word token w after a bare number makes it a
// time: "3 pm", "14 Uhr", "9 EST". The zones that are words of other
// languages as well (zoneWords) count only in capitals: "la clause 7 est
// acceptée", "entre 2 et 3 jours", "Punkt 3 ist erledigt".
func (t *Tables) bareZone(s string, w Token) bool {
	if w.Kind != Word || w.End-w.Start > 4 || !t.zones.Has(w.Hash) {
		return false
	}
	return !t.zoneWord.Has(w.Hash) || asciiCaps(s[w.Start:w.End])
}

// hourAfterDay reports whether the number at toks[i] is an hour of the day
// named just before it: one or two digits up to 24, after a day, a date or
// a relative day and the words that lead to a clock time ("Thursday at
// 3", "Montag um 15", "jueves a las 10", "giovedì alle ore 15", "quinta
// às 15"). Without a day before it, "at 3" may be anything.
func (t *Tables) hourAfterDay(s string, f *Features, i int) bool {
	toks := f.Tokens
	if !clockNumber(s[toks[i].Start:toks[i].End]) {
		return false
	}
	j := i - 1
	for j >= 0 && i-j <= 3 && toks[j].Kind == Word && t.atHour.Has(toks[j].Hash) {
		j--
	}
	if j == i-1 || j < 0 {
		return false
	}
	return f.hitEndsAt(j, Weekday, RelDay, DateHit)
}

// hitEndsAt reports whether a hit of one of kinds ends with token j. The
// phrases' hits come before the numbers' in f.Hits, each in text order,
// so it looks at all of them.
func (f *Features) hitEndsAt(j int, kinds ...Kind) bool {
	end := f.Tokens[j].End
	return slices.ContainsFunc(f.Hits, func(h Hit) bool { return h.End == end && slices.Contains(kinds, h.Kind) })
}

// dayAfterWeekday reports whether the number at toks[i] is the day of
// the month of the weekday named just before it, as the other languages
// write a date without its month: "el martes 9 a las 10:00", "mardi 18",
// "lunedì 20 alle 8:00", "terça, dia 24" (Portuguese "dia", "day"). The
// number stands alone (1 to 31, nothing glued after it: "Thursday 2-4" is
// a range of hours), so an hour after it reads as one
// (hourAfterDay: "martedì 9 alle 10").
func (t *Tables) dayAfterWeekday(s string, f *Features, i int) bool {
	toks := f.Tokens
	if d := atoiSmall(s[toks[i].Start:toks[i].End]); d < 1 || d > 31 {
		return false
	}
	if n := i + 1; n < len(toks) && toks[n].Kind == Punct && toks[n].Start == toks[i].End && n+1 < len(toks) &&
		toks[n+1].Kind == Num && toks[n+1].Start == toks[n].End {
		return false // "Thursday 2-4", "Friday 10:30"
	}
	j := i - 1
	if j >= 0 && toks[j].Hash == t.diaHash {
		j--
	}
	if j >= 0 && toks[j].Kind == Punct && toks[j].Char == ',' {
		j--
	}
	if j < 0 || f.sent[j] != f.sent[i] {
		return false
	}
	return f.hitEndsAt(j, Weekday)
}

// mealHour reports whether the number at toks[i] is the hour of a meal:
// a clock number after a meal's name and "at" ("breakfast at 8", "lunch
// at 12:30" reads as a clock anyway).
func (t *Tables) mealHour(s string, toks []Token, i int) bool {
	return i >= 2 && clockNumber(s[toks[i].Start:toks[i].End]) && toks[i-1].Hash == t.atHash &&
		toks[i-2].Kind == Word && t.meals.Has(toks[i-2].Hash)
}

// hourBeforeDay reports whether the number at toks[i] is an hour of the
// day named just after it: a clock number after "at", "by" or their kin,
// then a day ("at 9 tomorrow", "by 5 today", "at 830 Tuesday", "at 10 on
// Wednesday") or a place's clock ("at 930 Houston time", "at 9 (your
// time)"). Without either, "at 9" may be anything. end is where the
// clock's name ends, or the number's end before a day, which is a hit of
// its own.
func (t *Tables) hourBeforeDay(s string, f *Features, i int) (end int32, ok bool) {
	toks := f.Tokens
	if i == 0 || i+1 >= len(toks) || !clockNumber(s[toks[i].Start:toks[i].End]) {
		return 0, false
	}
	if p := toks[i-1]; p.Kind != Word || !t.atHour.Has(p.Hash) && !t.byHour.Has(p.Hash) {
		return 0, false
	}
	k := i + 1
	paren := toks[k].Kind == Punct && toks[k].Char == '('
	if paren {
		k++ // "at 9 (chicago time)"
	}
	if k+1 < len(toks) && toks[k].Kind == Word && toks[k+1].Kind == Word && toks[k+1].Hash == t.timeHash &&
		!t.notClock.Has(toks[k].Hash) {
		end = toks[k+1].End // "Houston time", "your time", but not "each time"
		if paren && k+2 < len(toks) && toks[k+2].Kind == Punct && toks[k+2].Char == ')' {
			end = toks[k+2].End
		}
		return end, true
	}
	if k == i+1 && k+1 < len(toks) && toks[k].Kind == Word && toks[k].Hash == t.onHash {
		k++ // "at 10 on Wednesday"
	}
	if k >= len(toks) {
		return 0, false
	}
	for _, h := range f.Hits { // the phrases' hits, which come before the numbers'
		if h.Start == toks[k].Start && (h.Kind == Weekday || h.Kind == RelDay || h.Kind == DateHit) {
			return toks[i].End, true
		}
	}
	return 0, false
}

// decade returns how many tokens from toks[i] name a decade, a year from
// 1900 to 2090 that ends in 0 with "s" or "'s" glued after it ("the
// 1950s", "the 1960's"), or years from 50 to 99 written with two digits
// that way after a word of eraLead ("the 80's", "the late 70s", "the
// mid-90s", "taxes for the 99's"), or 0. Below 50 they are as often
// prices or temperatures ("offers near the low 40's", "a cold snap in the
// 20's").
func decade(s string, toks []Token, i int) int {
	switch w := s[toks[i].Start:toks[i].End]; {
	case fullYear(w) && w[3] == '0':
	case len(w) == 2 && w >= "50" && allDigits(w) && eraLead(s, toks, i):
	default:
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+2 && toks[k].Start == toks[k-1].End; k++ {
		switch t := s[toks[k].Start:toks[k].End]; {
		case t == "s" || t == "'s" || t == "’s":
			return k - i + 1
		case t != "'" && t != "’":
			return 0
		}
	}
	return 0
}

// eraLead reports whether a word that leads to an era or a year stands
// before toks[i], apart from it or, for "mid", glued by a hyphen: "the",
// "early", "late", "mid".
func eraLead(s string, toks []Token, i int) bool {
	k := i - 1
	if k < 0 {
		return false
	}
	if gluedHyphen(toks, k) {
		k-- // "mid-90s"
	} else if toks[k].End == toks[i].Start {
		return false
	}
	if toks[k].Kind != Word || toks[i].NL {
		return false
	}
	w := s[toks[k].Start:toks[k].End]
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "early") || strings.EqualFold(w, "late") || strings.EqualFold(w, "mid")
}

// itemRef returns how many tokens from toks[i] point back or ahead at
// items of a list by their numbers, or 0: one or two numbers of at most
// two digits, joined as joinsList reads, with "above" or
// "below" after them on their line ("see 3 below", "let me know about 1
// and 2 above"). A sign or a stop before the number makes it something
// else ("$5 above cost", "1.5 above plan").
func (t *Tables) itemRef(s string, toks []Token, i int) int {
	small := func(k int) bool {
		return k < len(toks) && toks[k].Kind == Num && !toks[k].NL && atoiSmall(s[toks[k].Start:toks[k].End]) >= 0 &&
			(k == 0 || toks[k-1].Kind != Punct || toks[k-1].End < toks[k].Start)
	}
	if !small(i) {
		return 0
	}
	k := i + 1
	if k+1 < len(toks) && t.joinsList(toks[k]) && small(k+1) {
		k += 2
	}
	if k < len(toks) && toks[k].Kind == Word && !toks[k].NL && (toks[k].Hash == t.aboveHash || toks[k].Hash == t.belowHash) {
		return k - i
	}
	return 0
}

// dayPartAfter returns where the time ends that the number at toks[i]
// tells with the part of the day after it, on its line: an hour from 1 to
// 12, then "in the" and "morning", "afternoon", "evening" or the like, or
// "at" and "night" ("the truck leaves at 10 in the morning"); 0 otherwise.
func (t *Tables) dayPartAfter(s string, toks []Token, i int) int32 {
	if h := atoiSmall(s[toks[i].Start:toks[i].End]); h < 1 || h > 12 {
		return 0
	}
	k := i + 1
	switch {
	case k+2 < len(toks) && toks[k].Hash == t.inHash && toks[k+1].Hash == t.theHash:
		k += 2
	case k+1 < len(toks) && toks[k].Hash == t.atHash:
		k++
	default:
		return 0
	}
	for j := i + 1; j <= k; j++ {
		if toks[j].Kind != Word || toks[j].NL {
			return 0
		}
	}
	if !t.dayPart.Has(toks[k].Hash) {
		return 0
	}
	return toks[k].End
}

// dayAfterDate extends the date just before the number at toks[i] to it
// when the number is a later day of the same month, joined by a dash, "&"
// or a rangeJoinWords word ("Nov. 1 & 2", "September 13 through 15",
// "March 3 or 4", "May 5-7", "the 2nd-5th"; a comma before the word or
// not, "June 4, 5, and 7th"), or listed after a comma (listedDay: "Nov
// 8, 9, 10"), and returns the index of the
// date's new last token (its year, when one follows); or -1. A unit after
// the number makes it a figure ("March 3 and 4 seats").
func (t *Tables) dayAfterDate(s string, f *Features, i int) int {
	toks := f.Tokens
	n, p := len(f.Hits)-1, i-2 // p: the day before
	if i >= 3 && toks[i-1].Kind == Word && t.rangeJoin.Has(toks[i-1].Hash) && toks[i-2].Kind == Punct && toks[i-2].Char == ',' {
		p = i - 3 // "June 4, 5, and 7th": the list's last comma
	}
	if i < 2 || n < 0 || toks[i].NL || (f.Hits[n].Kind != DateHit && f.Hits[n].Kind != PastDate) || f.Hits[n].End != toks[p].End {
		return -1
	}
	if d := atoiSmall(s[toks[i].Start:toks[i].End]); d < 1 || d > 31 || !dayEnd(s[toks[p].Start:toks[p].End]) {
		return -1
	}
	switch j := toks[i-1]; {
	case j.Kind == Punct && (j.Char == '-' || j.Char == '–' || j.Char == '&'):
	case j.Kind == Word && t.rangeJoin.Has(j.Hash):
	case j.Kind == Punct && j.Char == ',' && t.listedDay(s, toks, i):
	default:
		return -1
	}
	last := i
	if ordinalSuffix(s, toks, i) {
		last++ // "the 2nd-5th"
	}
	if last+1 < len(toks) && toks[last+1].Kind == Word && t.units.Has(toks[last+1].Hash) {
		return -1
	}
	if last+2 < len(toks) && toks[last+1].Kind == Punct && strings.ContainsRune("/.-", toks[last+1].Char) &&
		toks[last+1].Start == toks[last].End && toks[last+2].Kind == Num && toks[last+2].Start == toks[last+1].End {
		return -1 // "2/19 and 2/20": a date of its own
	}
	last += yearAfter(s, toks, last)
	f.Hits[n].End = toks[last].End
	return last
}

// listedDay reports whether the number at toks[i], after a date's day and
// a comma, is the next day of a list of them: a later day that a comma,
// a stop, "and", "or" or the line's end follows ("May 3, 4 and 5"), or
// any word when a day and a comma came before it too ("Nov 8, 9, 10 at
// the barn"); "On May 3, 5 trucks came" counts trucks. Each day may have
// its ordinal's suffix ("June 4th, 11th and 25th").
func (t *Tables) listedDay(s string, toks []Token, i int) bool {
	prev := dayNumber(s, toks, i-2)
	if prev < 0 || atoiSmall(s[toks[i].Start:toks[i].End]) <= atoiSmall(s[toks[prev].Start:toks[prev].End]) {
		return false
	}
	next := i + 1
	if ordinalSuffix(s, toks, i) {
		next++
	}
	if next >= len(toks) || toks[next].NL || prev >= 2 && toks[prev-1].Kind == Punct && toks[prev-1].Char == ',' && dayNumber(s, toks, prev-2) >= 0 {
		return true // the list's end, or a third day of it ("Nov 8, 9, 10 at noon")
	}
	n := toks[next]
	return n.Kind == Punct && strings.ContainsRune(",.;)", n.Char) || n.Kind == Word && (n.Hash == t.andHash || n.Hash == t.orHash)
}

// dayNumber returns the index of the number that toks[k] ends as a day of
// the month, itself or the number before its ordinal's suffix ("12th"),
// or -1.
func dayNumber(s string, toks []Token, k int) int {
	if k >= 1 && toks[k].Kind == Word && ordinalSuffix(s, toks, k-1) && toks[k-1].Kind == Num {
		k--
	}
	if k < 0 || toks[k].Kind != Num {
		return -1
	}
	return k
}

// clockAfter reports whether the number at toks[j] is a clock's hour, a
// colon and its minutes glued after it ("June 10:30"); a colon that ends
// a clause leaves it a day ("For October 1: plan ahead").
func clockAfter(toks []Token, j int) bool {
	return j+2 < len(toks) && toks[j+1].Kind == Punct && toks[j+1].Char == ':' && toks[j+1].Start == toks[j].End &&
		toks[j+2].Kind == Num && toks[j+2].Start == toks[j+1].End
}

// dayEnd reports whether w, the last token of a date, is a day of the
// month: one or two digits ("March 3"), or an ordinal's suffix ("the
// 2nd"); not a year ("May 2001") or a digit date's last part.
func dayEnd(w string) bool {
	switch strings.ToLower(w) {
	case "st", "nd", "rd", "th":
		return true
	}
	d := atoiSmall(w)
	return d >= 1 && d <= 31
}

// runTogetherClock reports whether the number at toks[i] is a clock time
// written without its colon after a word that leads to one ("until 930",
// "at 1030.", "after 115, when"): three or four digits, hours from 1 to 12
// and minutes on the quarter hour (or an hour alone after "until" or
// "till": "until 6."), and nothing after it on its line but
// punctuation or a time zone (bare or in brackets: "at 145 (CST)"), or
// after "at" that times a call or a meeting ("the board call at 1030 with
// the county", "meet at 915 in the lobby"). "at 2019 Post Oak", "after 1990", "at 100 cents" and "sold
// at 310." stay what they are.
func (t *Tables) runTogetherClock(s string, toks []Token, i int) bool {
	w := s[toks[i].Start:toks[i].End]
	if i == 0 || len(w) > 4 || !allDigits(w) || toks[i-1].Kind != Word || !t.clockLead.Has(toks[i-1].Hash) {
		return false
	}
	if len(w) < 3 {
		// an hour alone after "until" or "till" ends its clause: "on the
		// road until 5.", "open till 11, then"
		if h := atoiSmall(w); h < 1 || h > 12 || !t.untilWord.Has(toks[i-1].Hash) {
			return false
		}
	} else if h, m := atoiSmall(w[:len(w)-2]), atoiSmall(w[len(w)-2:]); h < 1 || h > 12 || m%15 != 0 {
		return false // "sold at 310", "beginning at 627": a price, a number
	} else if i >= 2 && toks[i-1].Hash == t.atHash && toks[i-2].Kind == Word && (t.talks.Has(toks[i-2].Hash) || toks[i-2].Hash == t.meetHash) {
		return true // "the board call at 1030 with the county"
	}
	if i+1 == len(toks) || toks[i+1].NL {
		return true
	}
	switch n := toks[i+1]; n.Kind {
	case Punct:
		return strings.ContainsRune(".,;:!?)", n.Char) || n.Char == '(' && i+2 < len(toks) && toks[i+2].Kind == Word && t.zones.Has(toks[i+2].Hash)
	case Word:
		return t.zones.Has(n.Hash)
	}
	return false
}

// OrdinalName reports whether the ordinal at toks[i] ("5th") names a
// place or a body rather than counting: before a capitalized word ("the
// 5th Circuit", "5th Avenue") or a word of seriesNouns ("the 14th floor",
// "the 4th edition"). A month or a weekday after it makes a
// date, and a quarter is PeriodAt's.
func (t *Tables) OrdinalName(s string, toks []Token, i int) bool {
	if i+2 >= len(toks) || !ordinalSuffix(s, toks, i) {
		return false
	}
	w := toks[i+2]
	if w.Kind != Word || w.NL {
		return false
	}
	return t.seriesNoun.Has(w.Hash) || w.Upper && t.wordClass(w.Hash)&(wMonth|wWeekday) == 0 && w.Hash != t.iHash
}

// twoCents reports whether the number at toks[i] is the "2" of "my 2
// cents" or "our 2 cents'": the idiom for an opinion.
func (t *Tables) twoCents(s string, toks []Token, i int) bool {
	return i > 0 && i+1 < len(toks) && s[toks[i].Start:toks[i].End] == "2" && toks[i+1].Kind == Word &&
		strings.EqualFold(s[toks[i+1].Start:toks[i+1].End], "cents") && (toks[i-1].Hash == t.myHash || toks[i-1].Hash == t.ourHash)
}

// rangeTo reports whether the number at toks[i] opens a range to the
// number two tokens on, joined by "or" or "to", or by "and" after
// "between" ("3 or 4", "2 to 3", "between 1 and 2").
func (t *Tables) rangeTo(toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i+2].Kind != Num || toks[i+2].NL {
		return false
	}
	return t.orTo(toks[i+1]) || toks[i+1].Hash == t.andHash && i > 0 && toks[i-1].Hash == t.betweenHash
}

// bareRange reports whether the whole numbers at toks[i] and toks[i+2],
// joined by a word of rangeTo's, make one range with no unit after them:
// up to three digits each, the first the smaller and neither written with
// a leading zero, the second standing apart from what follows ("6 or 7
// trucks", "20 to 25 of them"; not "5 to 4", "30 to 40%", "2 to 3:30", or
// "on 21 or 22 May", whose second number is the date's day).
func (t *Tables) bareRange(s string, toks []Token, i int) bool {
	if !ascending(s[toks[i].Start:toks[i].End], s[toks[i+2].Start:toks[i+2].End], 3) {
		return false
	}
	if i+3 >= len(toks) {
		return true
	}
	x := toks[i+3]
	return x.Start > toks[i+2].End && !(x.Kind == Word && t.isMonthOrDay(x.Hash))
}

// fractionAt returns the index of the last token of a fraction that starts
// at toks[i], or -1: a whole number of one or two digits, one space and a
// proper fraction ("2 1/2", "12 3/8"), or a proper fraction alone before a
// measure, a word of fractionNouns or "of" ("1/2 mile", "3/4 day", "1/3
// of the way"; not "the 5/16 seats"). Its denominator is 2, 3, 4 or 8,
// or 16 after a whole number, the ones measures and prices are cut into;
// "3/8" alone is the 8th of March.
func (t *Tables) fractionAt(s string, toks []Token, i int) int {
	proper := func(k int) bool { // toks[k] "/" toks[k+2], glued, a proper fraction
		if k+2 >= len(toks) || toks[k+1].Kind != Punct || toks[k+1].Char != '/' || toks[k+2].Kind != Num ||
			toks[k+1].Start != toks[k].End || toks[k+2].Start != toks[k+1].End {
			return false
		}
		n, d := s[toks[k].Start:toks[k].End], s[toks[k+2].Start:toks[k+2].End]
		switch d {
		case "2", "3", "4", "8", "16":
		default:
			return false
		}
		return len(n) == 1 && n[0] >= '1' && allDigits(n) && (len(d) == 2 || n < d) &&
			(k+3 >= len(toks) || toks[k+3].Start > toks[k+2].End)
	}
	w := s[toks[i].Start:toks[i].End]
	if len(w) <= 2 && allDigits(w) && i+1 < len(toks) && toks[i+1].Kind == Num && !toks[i+1].NL &&
		toks[i+1].Start-toks[i].End == 1 && s[toks[i].End] == ' ' && proper(i+1) &&
		(i == 0 || toks[i-1].Kind != Punct || !strings.ContainsRune("/-.", toks[i-1].Char) || toks[i-1].End < toks[i].Start) {
		return i + 3
	}
	if i > 0 && toks[i-1].End == toks[i].Start && toks[i-1].Kind == Punct && strings.ContainsRune("/-.", toks[i-1].Char) {
		return -1 // the end of a date or a number: "12/1 2/3"
	}
	if proper(i) && i+3 < len(toks) && toks[i+3].Kind == Word && !toks[i+3].NL {
		if x := toks[i+3]; s[toks[i+2].Start:toks[i+2].End] != "16" && (strings.EqualFold(s[x.Start:x.End], "of") || t.measures.Has(x.Hash) || t.fractionOf.Has(x.Hash)) {
			return i + 2
		}
	}
	return -1
}

// sizeAt returns the index of the last number of a size or a schedule
// written with an "x" glued between its numbers ("5x7", "10x20",
// "24x7", "8x10x12"), starting at toks[i], or -1. An "x" glued to one
// number only multiplies ("10x the volume"), and "3x4417" is an extension
// (extensionAt), which is read before.
func sizeAt(s string, toks []Token, i int) int {
	last := -1
	for k := i; k+2 < len(toks); k += 2 {
		x, n := toks[k+1], toks[k+2]
		if !letterX(s, x) || x.Start != toks[k].End ||
			n.Kind != Num || n.Start != x.End || !allDigits(s[n.Start:n.End]) || !allDigits(s[toks[k].Start:toks[k].End]) {
			break
		}
		last = k + 2
	}
	return last
}

// hashNumber reports whether the number at toks[i] follows a word and a
// "#" set apart by one blank ("RC # 4410", "Item # 12-3375"): which one,
// not how many. A "#" glued to its number is Features.numberSign's.
func hashNumber(s string, toks []Token, i int) bool {
	return i > 1 && toks[i-1].Kind == Punct && toks[i-1].Char == '#' && toks[i-2].Kind == Word &&
		toks[i].Start-toks[i-1].End == 1 && s[toks[i-1].End] == ' '
}

// orTo reports whether w joins two amounts into a range: "or", "to".
func (t *Tables) orTo(w Token) bool {
	return w.Kind == Word && (w.Hash == t.orHash || w.Hash == t.toHash)
}

// rangeUnit returns the index of the unit that toks[j] names, or sets
// after a word that only adds to it ("weeks", "more weeks", "business
// days"), or -1.
func (t *Tables) rangeUnit(toks []Token, j int) int {
	if j < len(toks) && toks[j].Kind == Word && t.unitLead.Has(toks[j].Hash) {
		j++
	}
	if j < len(toks) && toks[j].Kind == Word && t.units.Has(toks[j].Hash) {
		return j
	}
	return -1
}

// countRange reports whether the numbers joined by a hyphen at toks[i]
// and toks[i+2] count things rather than name a month and its day: the
// first is smaller, neither has more than two digits nor starts with 0,
// no month or weekday stands before them, and a word that counts comes
// before them ("about 8-10 crates"; see approxWords) or a plural noun
// after them ("8-10 counterparties", "3-4 more") and no word of
// onDateWords before them. "Due 8-10", "on 8-10 at noon" and "on 5-6
// works" stay dates.
func (t *Tables) countRange(s string, toks []Token, i int) bool {
	if !ascending(s[toks[i].Start:toks[i].End], s[toks[i+2].Start:toks[i+2].End], 2) || !touchesBoth(toks, i+1) {
		return false
	}
	if i > 0 && toks[i-1].Kind == Word && !toks[i].NL {
		if t.isMonthOrDay(toks[i-1].Hash) {
			return false // "March 3-5": days of a month
		}
		if t.approx.Has(toks[i-1].Hash) {
			return true
		}
		if t.onDate.Has(toks[i-1].Hash) {
			return false // "Delivery on 5-6 works": a date, and a verb after it
		}
	}
	if i+3 >= len(toks) || toks[i+3].Kind != Word || toks[i+3].NL || toks[i+3].Upper || toks[i+3].Start == toks[i+2].End {
		return false
	}
	w := s[toks[i+3].Start:toks[i+3].End]
	return w == "more" || len(w) >= 4 && strings.HasSuffix(w, "s") && !t.notPlural.Has(toks[i+3].Hash) && !t.isMonthOrDay(toks[i+3].Hash)
}

// tally reports whether the numbers joined by a hyphen at toks[i] and
// toks[i+2] count a vote or a game: a word of tallyWords among the three
// before them or just after ("voted it out 3-2", "won the vote 5-4", "a
// 3-2 ruling").
func (t *Tables) tally(toks []Token, i int) bool {
	if !touchesBoth(toks, i+1) {
		return false
	}
	for _, j := range [...]int{i - 1, i - 2, i - 3, i + 3} {
		if j >= 0 && j < len(toks) && toks[j].Kind == Word && t.tallied.Has(toks[j].Hash) {
			return true
		}
	}
	return false
}

// measureRange returns the index of the measure (measureWords) that
// follows the numbers joined by a hyphen at toks[i] and toks[i+2], the
// first the smaller ("7-10 ppm", "50-80 MW", "3-5 miles"), or -1.
func (t *Tables) measureRange(s string, toks []Token, i int) int {
	m := i + 3
	if m >= len(toks) || toks[i+1].Kind != Punct || toks[i+1].Char != '-' || !touchesBoth(toks, i+1) ||
		!ascending(s[toks[i].Start:toks[i].End], s[toks[i+2].Start:toks[i+2].End], 3) {
		return -1
	}
	if w := toks[m]; w.Kind != Word || w.NL || w.Start-toks[i+2].End > 1 || !t.measures.Has(w.Hash) {
		return -1
	}
	return m
}

// ascending reports whether a and b are whole numbers of at most digits
// digits, neither written with a leading zero, and a is the smaller: the
// two ends of a range ("6 or 7", "8-10").
func ascending(a, b string, digits int) bool {
	if !allDigits(a) || !allDigits(b) || len(a) > digits || len(b) > digits || a[0] == '0' || b[0] == '0' {
		return false
	}
	return len(a) < len(b) || len(a) == len(b) && a < b
}

// noonWord reports whether w names noon or midnight.
func noonWord(w string) bool {
	return strings.EqualFold(w, "noon") || strings.EqualFold(w, "midnight")
}

// hourRange returns where a range of times ends that runs from a whole
// hour at toks[i] to another, joined by a hyphen with at most a blank on
// either side, or by "to": to a clock time ("5-5:30", "10-11:30 am",
// "11-12:30 CST", "8 to 9:45 a.m."), or to a whole hour that a half of
// the day or a time zone follows ("8 - 10 pm", "8-10 CST", "9 to 5 pm"); 0
// for anything else ("8-10" alone may be a date, "9 to 10" a count).
func (t *Tables) hourRange(s string, toks []Token, i int) int32 {
	if i+2 >= len(toks) {
		return 0
	}
	h, dash, h2 := toks[i], toks[i+1], toks[i+2]
	to := dash.Kind == Word && dash.Hash == t.toHash // "8 to 9:45 a.m."
	if !to && (dash.Kind != Punct || dash.Char != '-' || dash.Start-h.End > 1 || h2.Start-dash.End > 1) || h2.NL ||
		h.End-h.Start > 2 || !clockNumber(s[h.Start:h.End]) || h2.Kind != Num || h2.End-h2.Start > 2 || !clockNumber(s[h2.Start:h2.End]) {
		return 0
	}
	end, k := h2.End, i+3 // k: the token after the range
	if k+1 < len(toks) && toks[k].Kind == Punct && toks[k].Char == ':' && toks[k].Start == h2.End && toks[k+1].Start == toks[k].End &&
		toks[k+1].Kind == Num && toks[k+1].End-toks[k+1].Start == 2 && s[toks[k+1].Start] <= '5' {
		end, k = toks[k+1].End, k+2 // "10-11:30"
	} else if !to && h.End != dash.Start && dash.End == h2.Start {
		return 0 // "8 -10": not one range
	}
	if e := meridiem(s, toks, k); e > 0 {
		return e
	}
	if k < len(toks) && toks[k].Start-end <= 1 && t.bareZone(s, toks[k]) {
		return toks[k].End // "pm", "CST"
	}
	if end == h2.End {
		return 0 // two whole hours and no more: "8-10" may be a date
	}
	return end
}

// clockNumber reports whether w, all digits, may be a clock time written
// without a colon: an hour up to 24 ("9", "14") or hours and minutes run
// together ("930", "1030").
func clockNumber(w string) bool {
	if !allDigits(w) {
		return false
	}
	switch len(w) {
	case 1:
		return true
	case 2:
		return w <= "24"
	case 3:
		return w[1] <= '5'
	case 4:
		return w[:2] <= "24" && w[2] <= '5'
	}
	return false
}

// asciiCaps reports whether word is written in capitals A to Z only.
func asciiCaps(word string) bool {
	for _, c := range word {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// ordinalSuffix reports whether the one- or two-digit number at toks[i]
// carries an English ordinal suffix: "3rd", "12th", "21st".
func ordinalSuffix(s string, toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != Word || toks[i+1].Start != toks[i].End || toks[i].End-toks[i].Start > 2 {
		return false
	}
	switch strings.ToLower(s[toks[i+1].Start:toks[i+1].End]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// ordinalDate reports whether the ordinal at toks[i] (a number and its
// suffix) is a day of the month and returns where the date ends: before a
// month ("12th May", "the 3rd of March 2026"), at the start of a run of
// days ("21st-28th", "1st-3rd June"), after a weekday and "the"
// ("Friday the 12th at 10", "Sunday the 14th, after the storm"), or alone
// after "the" or a weekday where no noun follows ("on the 12th", "by the
// 31st we can", "Sat, 19th"; see ranks), unlike "the 3rd quarter" or "our
// 2nd draft".
func (t *Tables) ordinalDate(s string, toks []Token, i int) (int32, bool) {
	d := atoiSmall(s[toks[i].Start:toks[i].End])
	if d < 1 || d > 31 {
		return 0, false
	}
	k, days := i+2, false
	if k+2 < len(toks) && toks[k].Kind == Punct && toks[k].Char == '-' && toks[k].Start-toks[k-1].End <= 1 &&
		toks[k+1].Start-toks[k].End <= 1 && toks[k+1].Kind == Num && ordinalSuffix(s, toks, k+1) {
		if d2 := atoiSmall(s[toks[k+1].Start:toks[k+1].End]); d2 > d && d2 <= 31 {
			k, days = k+3, true // "12th-19th": a run of days
		}
	}
	if k+1 < len(toks) && toks[k].Kind == Word && t.of.Has(toks[k].Hash) && t.wordClass(toks[k+1].Hash)&wMonth != 0 {
		k++
	}
	if k < len(toks) && toks[k].Kind == Word && t.wordClass(toks[k].Hash)&wMonth != 0 && !toks[k].NL {
		return toks[k+yearAfter(s, toks, k)].End, true
	}
	the := i > 0 && toks[i-1].Kind == Word && toks[i-1].Hash == t.theHash
	if !days && !the && !t.afterWeekday(toks, i) {
		return 0, false
	}
	if the && i >= 2 && toks[i-2].Kind == Word && t.wordClass(toks[i-2].Hash)&wWeekday != 0 {
		return toks[k-1].End, true // "Sunday the 14th, after the storm": a weekday names it a day
	}
	if k < len(toks) && t.ranks(toks, k, days, the && i >= 2 && (t.dayLead.Has(toks[i-2].Hash) || t.spanOf(toks, i-2))) {
		return 0, false // a noun goes on: "the 3rd quarter", "2nd-3rd round"
	}
	return toks[k-1].End, true
}

// afterWeekday reports whether a weekday's name stands right before
// toks[i], a comma or its short form's stop between or not ("Sat, 19th",
// "Tues. 4th", "Friday 12th").
func (t *Tables) afterWeekday(toks []Token, i int) bool {
	j := i - 1
	if j >= 1 && toks[j].Kind == Punct && (toks[j].Char == ',' || toks[j].Char == '.') {
		j--
	}
	return j >= 0 && toks[j].Kind == Word && t.wordClass(toks[j].Hash)&wWeekday != 0
}

// spanOf reports whether toks[j] is the "of" of a stretch of a day before
// "the" and an ordinal ("the morning of the 9th", "the week of the 14th"),
// which, as a word of dayLeads does, makes it a day of the month.
func (t *Tables) spanOf(toks []Token, j int) bool {
	return j >= 1 && toks[j].Hash == t.ofHash && toks[j-1].Kind == Word && (t.dayPart.Has(toks[j-1].Hash) || t.daySpan.Has(toks[j-1].Hash))
}

// ranks reports whether the word at toks[k], after an ordinal, is a noun
// the ordinal ranks ("the 3rd quarter"), not a word that may follow a day
// ("by the 31st we can", "the 12th at 10"). After a run of days, only a
// longer word that is no stop word is such a noun ("the 5th-9th should…",
// "2nd-3rd round"); after "the" and a word of dayLeads, any word but those
// of dayGoesOn that go on after a day ("signed on the 9th so we…"; "on the
// 2nd page" ranks).
func (t *Tables) ranks(toks []Token, k int, days, led bool) bool {
	w := toks[k]
	switch {
	case w.Kind != Word || w.NL || t.afterDay.Has(w.Hash) || t.wordClass(w.Hash)&wPerson != 0:
		return false
	case days:
		return w.End-w.Start >= 4 && t.wordClass(w.Hash)&wStop == 0
	case led:
		return !t.dayGoesOn.Has(w.Hash)
	}
	return true
}

// PeriodAt reports whether the number at toks[i] names a quarter, a half
// or a fiscal year ("Q3", "H2", "FY27", "Q4 2026", "3rd quarter", "2nd
// half of 2027") or a week of a month ("the 3rd weekend of May") and
// returns the whole period's span. Reasons call it a date; the features
// still count it a number (counting it a date lowered the pool's F1 from
// 0.571 to 0.562).
func (t *Tables) PeriodAt(s string, toks []Token, i int) (start, end int32, ok bool) {
	if e, ok := t.ordinalPeriod(s, toks, i); ok {
		return toks[i].Start, e, true
	}
	if i < 1 || i >= len(toks) || toks[i-1].Kind != Word || toks[i-1].End != toks[i].Start {
		return 0, 0, false
	}
	if i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Start == toks[i].End {
		return 0, 0, false // a word goes on: "H2O"
	}
	digits := toks[i].End - toks[i].Start
	switch strings.ToLower(s[toks[i-1].Start:toks[i-1].End]) {
	case "q", "h", "cq", "fq":
		ok = digits == 1
	case "fy", "cy":
		ok = digits == 2 || digits == 4
	}
	if !ok {
		return 0, 0, false
	}
	return toks[i-1].Start, toks[i+yearAfter(s, toks, i)].End, true
}

// meridiem returns the end of an "a.m." or a "p.m." written with stops
// from toks[j] ("4 p.m.", "10:30 A.M"), or 0.
func meridiem(s string, toks []Token, j int) int32 {
	if j+2 >= len(toks) || toks[j].Kind != Word || toks[j].End-toks[j].Start != 1 || toks[j].NL {
		return 0
	}
	if c := s[toks[j].Start] | 0x20; c != 'a' && c != 'p' {
		return 0
	}
	d, m := toks[j+1], toks[j+2]
	if d.Kind != Punct || d.Char != '.' || d.Start != toks[j].End || m.Kind != Word || m.Start != d.End ||
		m.End-m.Start != 1 || s[m.Start]|0x20 != 'm' {
		return 0
	}
	if j+3 < len(toks) && toks[j+3].Kind == Punct && toks[j+3].Char == '.' && toks[j+3].Start == m.End {
		return toks[j+3].End
	}
	return m.End
}

// fileName returns how many tokens from toks[i], a number, spell a file's
// name, or 0: the number, a word glued after it or not, and a stop and a
// word of fileExts glued after them ("2205.doc", "4471bkp.doc").
func (t *Tables) fileName(toks []Token, i int) int {
	k := i + 1
	if k < len(toks) && toks[k].Kind == Word && toks[k].Start == toks[i].End {
		k++
	}
	if k+1 >= len(toks) || toks[k].Kind != Punct || toks[k].Char != '.' || toks[k].Start != toks[k-1].End {
		return 0
	}
	if x := toks[k+1]; x.Kind != Word || x.Start != toks[k].End || !t.fileExt.Has(x.Hash) {
		return 0
	}
	return k + 2 - i
}

// pathPart reports whether the number at toks[i] names a folder of a
// file's path written with slashes: a slash glued on either side of it
// and a word glued to one of them ("lena/2001/leases/barn.doc"). A path
// written with backslashes is paths' to drop whole.
func pathPart(toks []Token, i int) bool {
	if i < 2 || i+2 >= len(toks) {
		return false
	}
	a, b := toks[i-1], toks[i+1]
	if a.Kind != Punct || a.Char != '/' || a.End != toks[i].Start || b.Kind != Punct || b.Char != '/' || b.Start != toks[i].End {
		return false
	}
	before, after := toks[i-2], toks[i+2]
	return before.Kind == Word && before.End == a.Start || after.Kind == Word && after.Start == b.End
}

// qpEscape reports whether the number at toks[i] is the rest of a
// quoted-printable escape that was never decoded (RFC 2045 section 6.7):
// "=20" (a space), "=09" (a tab), "=01", glued after its "=". Mail that
// passed through a MIME parser has none; text pasted or exported from
// elsewhere may.
func qpEscape(s string, toks []Token, i int) bool {
	tk := toks[i]
	if i < 1 || tk.End-tk.Start != 2 || toks[i-1].Kind != Punct || toks[i-1].Char != '=' || toks[i-1].End != tk.Start {
		return false
	}
	return s[tk.Start] == '0' || s[tk.Start:tk.End] == "20"
}

// ordinalPeriod returns the end of a quarter or a half written with an
// ordinal at toks[i] ("3rd quarter", "4th qtr 2026", "2nd half of 2027"),
// or of a week of a month ("2nd week of May", "the 3rd weekend of May";
// the month must follow).
func (t *Tables) ordinalPeriod(s string, toks []Token, i int) (end int32, ok bool) {
	if i < 0 || i+2 >= len(toks) || toks[i].Kind != Num || toks[i].End-toks[i].Start != 1 || !ordinalSuffix(s, toks, i) {
		return 0, false
	}
	n, suf, w := s[toks[i].Start], toks[i+1], toks[i+2]
	if w.Kind != Word || w.NL || w.Start-suf.End != 1 {
		return 0, false
	}
	switch x := strings.ToLower(s[suf.Start:suf.End]); { // "1st" to "5th", and no "2rd"
	case n == '1' && x == "st", n == '2' && x == "nd", n == '3' && x == "rd", (n == '4' || n == '5') && x == "th":
	default:
		return 0, false
	}
	switch strings.ToLower(s[w.Start:w.End]) {
	case "quarter", "qtr":
		if n > '4' {
			return 0, false
		}
	case "half":
		if n > '2' {
			return 0, false
		}
	case "week", "weekend":
		m := i + 4 // "of" and the month
		if m >= len(toks) || toks[i+3].Hash != t.ofHash || toks[m].Kind != Word || toks[m].NL || t.wordClass(toks[m].Hash)&wMonth == 0 {
			return 0, false
		}
		return toks[m].End, true
	default:
		return 0, false
	}
	k := i + 2
	if k+2 < len(toks) && toks[k+1].Kind == Word && strings.EqualFold(s[toks[k+1].Start:toks[k+1].End], "of") && yearAfter(s, toks, k+1) == 1 {
		k += 2 // "of 2027"
	} else if y := yearAfter(s, toks, k); y > 0 {
		k += y
	} else if shortYearAfter(s, toks, k) {
		k++ // "1st Quarter 24 vs. 1st Quarter 25"
	}
	return toks[k].End, true
}

// dateKind is the kind of the date that opens at toks[i]: PastDate after
// a word that points back ("the memo of May 3"; see pastBefore) or when
// it is the end of something the reader holds ("your trial ends Friday";
// knownDeadline), DateHit otherwise.
func (t *Tables) dateKind(f *Features, i int) Kind {
	if t.pastBefore(f, i) || t.knownDeadline(f, i) {
		return PastDate
	}
	return DateHit
}

// apostrophe reports whether tk is an apostrophe, straight or curly.
func apostrophe(tk Token) bool {
	return tk.Kind == Punct && (tk.Char == '\'' || tk.Char == '’')
}

// apostropheYear reports whether toks[i] is a year's two digits glued
// after an apostrophe that stands apart from any word or number before it
// ("by '27", "the '98 and '99 crops"; a month's is shortYearOf's) and
// runs into no word or number after them.
func apostropheYear(s string, toks []Token, i int) bool {
	if i == 0 || toks[i].Kind != Num || toks[i].End-toks[i].Start != 2 || !allDigits(s[toks[i].Start:toks[i].End]) {
		return false
	}
	a := toks[i-1]
	if !apostrophe(a) || a.End != toks[i].Start {
		return false
	}
	if i >= 2 && toks[i-2].End == a.Start {
		return false // "Dec'03", "5'10": glued to what comes before
	}
	return yearEnds(toks, i)
}

// calendarYear returns the index of "Cal" where toks[i] is the two digits
// of the calendar year it names, as traders write a year's strip ("Cal'01
// through Cal'06", "Cal 02", "Cal-03"): after a blank, or glued by an
// apostrophe or a hyphen, and running into nothing after them (yearEnds);
// or -1.
func calendarYear(s string, toks []Token, i int) int {
	if i == 0 || toks[i].Kind != Num || toks[i].NL || toks[i].End-toks[i].Start != 2 || !allDigits(s[toks[i].Start:toks[i].End]) || !yearEnds(toks, i) {
		return -1
	}
	k := i - 1
	if p := toks[k]; apostrophe(p) && touchesBoth(toks, k) || gluedHyphen(toks, k) {
		k--
	} else if p.End == toks[i].Start {
		return -1
	}
	if w := toks[k]; w.Kind != Word || !strings.EqualFold(s[w.Start:w.End], "cal") {
		return -1
	}
	return k
}

// yearEnds reports whether the two digits of a year at toks[i] run into
// no word or number after them: the text ends, a blank follows, or a
// stop other than an apostrophe, a hyphen or a slash, and a period only
// where it ends the sentence ("by '27.", not "'27.5").
func yearEnds(toks []Token, i int) bool {
	if i+1 == len(toks) || toks[i+1].Start > toks[i].End {
		return true
	}
	p := toks[i+1]
	if p.Kind == Punct && p.Char == '.' {
		return i+2 == len(toks) || toks[i+2].Start > p.End
	}
	return p.Kind == Punct && !strings.ContainsRune("'’-/", p.Char)
}

// shortYearOf returns how many tokens after toks[i], a month, are its
// year written with two digits, or 0: after "of" where the two digits
// can be no day ("March of 98"; not "March of 12"), or glued after an
// apostrophe ("March '98", "Dec ’03", "Dec'03"), on the month's line.
func shortYearOf(s string, toks []Token, i int) int {
	k := i + 1
	if k+1 >= len(toks) || toks[k].NL || toks[k+1].NL || toks[k+1].Kind != Num {
		return 0
	}
	y := s[toks[k+1].Start:toks[k+1].End]
	if len(y) != 2 || !allDigits(y) {
		return 0
	}
	switch tk, gap := toks[k], s[toks[k].End:toks[k+1].Start]; {
	case tk.Kind == Word && strings.EqualFold(s[tk.Start:tk.End], "of") && gap == " ":
		if atoiSmall(y) <= 31 {
			return 0
		}
	case apostrophe(tk) && gap == "":
	default:
		return 0
	}
	return 2
}

// shortYearAfter reports whether two digits one blank after toks[k], on
// its line, are a year written short: with nothing after them on the
// line but punctuation or a word that sets it beside another period ("vs",
// "and", "to"), where "the 3rd quarter 20 new hires joined" counts.
func shortYearAfter(s string, toks []Token, k int) bool {
	y := k + 1
	if y >= len(toks) || toks[y].Kind != Num || toks[y].NL || toks[y].End-toks[y].Start != 2 || toks[y].Start-toks[k].End != 1 || !allDigits(s[toks[y].Start:toks[y].End]) {
		return false
	}
	if n := y + 1; n < len(toks) && !toks[n].NL && toks[n].Kind == Word {
		switch strings.ToLower(s[toks[n].Start:toks[n].End]) {
		case "vs", "versus", "and", "or", "to", "through", "compared":
		default:
			return false
		}
	}
	return true
}

// NameNumber reports whether the number at toks[i] belongs to a name rather
// than stating a figure: joined by a hyphen to the word before it
// ("eu-central-1", "COVID-19"), or to a number that is a name itself
// ("account 441-20817"), or one space after a word of two to five
// capitals that is not a currency ("SOC 2", "ISO 27001"), or after a word
// that numbers parts and things ("clause 7", "section 8.3", "ticket 8812",
// "Phase 2"), or between two capitalized words in mid-sentence, as a
// product's or a document's name has it ("the EnergyShare 2000 Agreement",
// "our Office 365 Business licences"). Reasons leave such numbers out; the
// features still count them.
func (t *Tables) NameNumber(s string, toks []Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if sectionDots(s[toks[i].Start:toks[i].End]) || t.heading(s, toks, i) || subsectionAfter(s, toks, i) {
		return true
	}
	if i < 1 {
		return false
	}
	if p := toks[i-1]; p.Kind == Punct && (p.Char == '-' || p.Char == '/') && p.End == toks[i].Start {
		if i < 2 || toks[i-2].End != p.Start {
			return false
		}
		// "account 441-20817", "deals 55123/55124": the rest of a number
		// a noun names
		return p.Char == '-' && toks[i-2].Kind == Word || toks[i-2].Kind == Num && (t.numberedBy(toks, i-2) || hashNumber(s, toks, i-2))
	}
	if t.numberedBy(toks, i) || t.namedBetween(s, toks, i) || t.addressAt(s, toks, i) {
		return true
	}
	w := toks[i-1]
	if w.Kind != Word || toks[i].Start-w.End != 1 || s[w.End] != ' ' || w.End-w.Start < 2 || w.End-w.Start > 5 || t.currency.Has(w.Hash) {
		return false
	}
	return asciiCaps(s[w.Start:w.End])
}

// ClockRangeEnd reports whether the bare number at toks[i], an hour of one
// or two digits, ends a range that starts at a clock time (clockAfter, with
// two digits of minutes): "from 10:15 to 1", "9:30 till 5", "10:45-1". The
// end of the range is a time too.
func (t *Tables) ClockRangeEnd(s string, toks []Token, i int) bool {
	if i < 4 || len(s[toks[i].Start:toks[i].End]) > 2 || !clockNumber(s[toks[i].Start:toks[i].End]) {
		return false
	}
	j := toks[i-1]
	if !(j.Kind == Punct && j.Char == '-' || j.Kind == Word && j.Hash != t.andHash && j.Hash != t.orHash && t.rangeJoin.Has(j.Hash)) {
		return false
	}
	return toks[i-4].Kind == Num && clockAfter(toks, i-4) && toks[i-2].End-toks[i-2].Start == 2 && !j.NL && !toks[i].NL
}

// addressAt reports whether the number at toks[i] is part of a postal
// address: a house number before a street's name and its kind ("at 1820
// Harbor Road", "450 Lake View Ave.", "90 2nd Street"), or a postcode
// after a city and its state ("Dayton, Ohio 45402", "Austin, TX 78701").
func (t *Tables) addressAt(s string, toks []Token, i int) bool {
	if w := s[toks[i].Start:toks[i].End]; !allDigits(w) || len(w) > 5 {
		return false
	}
	// a house number: a numbered street ("555 17th St."), or one to three
	// capitalized names, then the street's kind
	if k := i + 1; k+2 < len(toks) && toks[k].Kind == Num && !toks[k].NL && ordinalSuffix(s, toks, k) &&
		toks[k+2].Kind == Word && toks[k+2].Upper && t.street.Has(toks[k+2].Hash) {
		return true
	}
	for k := i + 1; k <= i+4 && k < len(toks) && toks[k].Kind == Word && !toks[k].NL && toks[k].Upper; k++ {
		if k > i+1 && t.street.Has(toks[k].Hash) {
			return true
		}
		if t.wordClass(toks[k].Hash)&(wMonth|wWeekday) != 0 {
			break
		}
	}
	// a postcode: five digits after "City, State" on one line
	if toks[i].End-toks[i].Start != 5 || i < 3 {
		return false
	}
	k := i - 1
	if toks[k].Kind == Punct && toks[k].Char == ',' && !toks[i].NL && i >= 4 {
		k-- // "Fresno, CA, 93701"
	}
	low := k - 2 // two more words of the city's name at most
	for k > low && toks[k].Kind == Word && toks[k].Upper && !toks[k].NL && k > 0 && toks[k-1].Kind == Word && toks[k-1].Upper {
		k-- // "New York", "North Carolina"
	}
	return toks[k].Kind == Word && toks[k].Upper && !toks[k].NL && k >= 2 && toks[k-1].Kind == Punct && toks[k-1].Char == ',' &&
		toks[k-2].Kind == Word && toks[k-2].Upper
}

// subsectionAfter reports whether the number at toks[i] names a section
// by the letter or roman numeral of a subsection in brackets after it: a
// decimal glued to it or one space on ("delete it from 4.12 (b)", "6.4(iii)
// applies"), a whole number of up to three digits glued to it ("a 4(f)
// review", "Part 2(d)"); "2.5 (est.)", "4.5 (approx)" and "3 (a) new
// desks" state figures.
func subsectionAfter(s string, toks []Token, i int) bool {
	if i+3 >= len(toks) {
		return false
	}
	w, gap := s[toks[i].Start:toks[i].End], toks[i+1].Start-toks[i].End
	if !(shortDecimal(w) && gap <= 1 || allDigits(w) && len(w) <= 3 && gap == 0) {
		return false
	}
	o, l, c := toks[i+1], toks[i+2], toks[i+3]
	if o.Kind != Punct || o.Char != '(' || l.Kind != Word || l.Start != o.End || c.Kind != Punct || c.Char != ')' || c.Start != l.End {
		return false
	}
	letter := s[l.Start:l.End]
	if len(letter) == 1 {
		return true
	}
	return len(letter) <= 4 && strings.Trim(strings.ToLower(letter), "ivx") == ""
}

// shortDecimal reports whether number w is one to three digits, a single
// stop and at most two digits, the shape of a section's number ("4.2",
// "3.12", "12.") as well as of a small decimal.
func shortDecimal(w string) bool {
	dot := strings.IndexByte(w, '.')
	return dot >= 1 && dot <= 3 && len(w)-dot-1 <= 2 && !strings.ContainsRune(w, ',') && strings.Count(w, ".") == 1
}

// sectionDots reports whether number w has three or more groups joined by
// dots that are not thousands (a section, a version or an address:
// "7.2.4.1", "2.3.1", "10.0.0.1"; not "1.250.000"). Dates written with
// dots ("12.03.2026") are dottedDate's, found before a number is named.
func sectionDots(w string) bool {
	if strings.Count(w, ".") < 2 || strings.ContainsRune(w, ',') {
		return false
	}
	_, rest, _ := strings.Cut(w, ".")
	for rest != "" {
		var g string
		g, rest, _ = strings.Cut(rest, ".")
		if len(g) != 3 {
			return true
		}
	}
	return false
}

// heading reports whether the decimal number at toks[i] opens its sentence
// or line as the number of a section it comments on: a single stop between
// at most three digits and at most two, then one space and a capitalized
// word that is not a unit, a month or a day, nor a short all-capitals word
// that may be one ("4.2 Strike the word", "6.15 The term is too
// short"; not "2.5 Million", "1.5 MW" or "Revenue was 4.3 This year").
func (t *Tables) heading(s string, toks []Token, i int) bool {
	if !shortDecimal(s[toks[i].Start:toks[i].End]) {
		return false
	}
	if i > 0 && !toks[i].NL && !(toks[i-1].Kind == Punct && strings.ContainsRune(".!?", toks[i-1].Char)) {
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	x := &toks[i+1]
	if x.Kind != Word || !x.Upper || x.NL || x.Start-toks[i].End != 1 || s[toks[i].End] != ' ' {
		return false
	}
	if word := s[x.Start:x.End]; len(word) > 1 && asciiCaps(word) {
		return false
	}
	return !t.units.Has(x.Hash) && t.wordClass(x.Hash)&(wMonth|wWeekday) == 0
}

// namedBetween reports whether the whole number at toks[i] stands between
// two capitalized words, one space on either side, as in a product's or a
// document's name. The word before is a content word of two letters or more
// that neither opens its sentence or line ("Add 5 Licenses" may be a
// title-case sentence) nor names a month or a day, which make a date; the
// word after has four letters or more, not all capitals, so that a unit
// ("15 MW") is not taken for a name; a German noun after a pronoun ("Ihre
// 500 Kabelsätze") is not one either.
func (t *Tables) namedBetween(s string, toks []Token, i int) bool {
	if i < 2 || i+1 >= len(toks) {
		return false
	}
	w, n, x := &toks[i-1], &toks[i], &toks[i+1]
	if w.Kind != Word || x.Kind != Word || !w.Upper || !x.Upper || w.NL || n.NL || x.NL ||
		w.End-w.Start < 2 || x.End-x.Start < 4 || asciiCaps(s[x.Start:x.End]) ||
		n.Start-w.End != 1 || s[w.End] != ' ' || x.Start-n.End != 1 || s[n.End] != ' ' {
		return false
	}
	if !allDigits(s[n.Start:n.End]) {
		return false // "24.6", "1,950": a measure
	}
	if p := &toks[i-2]; p.Kind == Punct && strings.ContainsRune(".!?:;", p.Char) {
		return false
	}
	return t.wordClass(w.Hash)&(wMonth|wWeekday|wStop) == 0
}

// Numbered reports whether the number or range at toks[i] follows a noun
// it numbers: "week 3", "weeks 1-2", "pages 22-24" say which ones, not a
// date or a figure.
func (t *Tables) Numbered(toks []Token, i int) bool {
	return i >= 1 && i < len(toks) && toks[i].Kind == Num && !toks[i].NL && t.numberedBy(toks, i)
}

// NumberedRange reports whether the hit h runs from one number to
// another with no unit after the last ("3 to 5", "1 thru 4") and a noun
// numbers the first (Numbered): "pages 3 to 5" says which ones, no
// figure.
func (t *Tables) NumberedRange(f *Features, h Hit) bool {
	last := f.hitEnd(&h) - 1
	return last > int(h.Tok) && f.Tokens[last].Kind == Num && t.Numbered(f.Tokens, int(h.Tok))
}

// maxListed bounds how many numbers a noun of numberedNouns numbers in a
// list after it (see numberedBy).
const maxListed = 8

// numberedBy reports whether the word before toks[i] is a noun that
// numbers what follows it (numberedNouns: "section", "weeks"), or a record
// named by a number of three digits or more when no unit follows
// (recordNouns: "deal 55123", not "deal 5/14" or "the contract 100 days").
// The number may stand in quotation marks or after "#" ('clause "4"',
// "footnotes #3 and 8"), or be one of up to maxListed numbers after the
// noun ("Articles 2, 2.3, 2.7, 5.1 and 6.2").
func (t *Tables) numberedBy(toks []Token, i int) bool {
	first := i
	record := toks[i].End-toks[i].Start >= 3 && !(i+1 < len(toks) && toks[i+1].Kind == Word && t.units.Has(toks[i+1].Hash))
	for hop := 0; hop < maxListed && i >= 1; hop++ {
		p := toks[i-1]
		if i >= 2 && p.Kind == Punct && (p.Char == '"' || p.Char == '“' || p.Char == '#') && p.End == toks[i].Start &&
			toks[i-2].Kind == Word && t.numbered.Has(toks[i-2].Hash) {
			return true // 'clause "6"', "item #3": the number marked as the document writes it
		}
		if p.Kind == Word && (t.numbered.Has(p.Hash) || hop == 0 && t.access.Has(p.Hash) || record && t.record.Has(p.Hash)) {
			return true
		}
		if w := i - 2; hop == 0 && w >= 0 && (p.Kind == Word && p.Hash == t.isHash || p.Kind == Punct && strings.ContainsRune(":#=", p.Char)) &&
			toks[w].Kind == Word && t.access.Has(toks[w].Hash) {
			return true // "passcode 5512093", "the passcode is 5512093", "PIN: 4411"
		}
		if w := i - 2; w >= 0 && p.Kind == Word && t.numberWord.Has(p.Hash) && toks[w].Kind == Word &&
			(t.record.Has(toks[w].Hash) || t.numbered.Has(toks[w].Hash)) {
			return true // "deal no 551234", "invoice nos 4411 and 4412"
		}
		if w := i - 2; toks[i].End-toks[i].Start >= 5 && toks[first].End-toks[first].Start >= 5 && w >= 0 && t.recordBefore(toks, w, p) {
			return true // "Deals: 55123", "the deals are: 614402 and 614417", but not "wind contracts: 250" or "Deals: 55123 and 12 more"
		}
		if w := i - 2; p.Kind == Punct && p.Char == '.' && w >= 0 && toks[w].Kind == Word && toks[w].End == p.Start &&
			t.numberAbbrev(toks, w) && toks[w].Hash != t.approxHash {
			return true // "Fig. 5.1", "Ext. 4412", "No. 58812": a short form, not "the question. 2."
		}
		// the next of a list or a range of them: "sections 3 and 6",
		// "options 1 & 2", "Articles 4.1, 4.2, and 4.6", "pages 3 through 5"
		prev := i - 2
		if p.Kind == Word && t.listJoin.Has(p.Hash) && prev >= 1 && toks[prev].Kind == Punct && toks[prev].Char == ',' {
			prev--
		}
		if prev >= 3 && toks[prev].Kind == Punct && toks[prev].Char == ')' && toks[prev-2].Kind == Punct && toks[prev-2].Char == '(' &&
			toks[prev-2].Start == toks[prev-3].End && toks[prev-1].End-toks[prev-1].Start <= 3 {
			prev -= 3 // "Sections 4.1(a) and 4.2": a subsection's letter
		}
		if prev < 1 || toks[prev].Kind != Num || !t.joinsList(p) && !(p.Kind == Word && t.rangeJoin.Has(p.Hash)) {
			return false
		}
		i = prev
	}
	return false
}

// numberAbbrev reports whether the word at toks[w] is a short form that
// leads on to a number (numberAbbrevs: "ext", "p"), and not the last
// letter of an initialism glued after a stop ("L.P. 5": a partnership,
// then a list's item).
func (t *Tables) numberAbbrev(toks []Token, w int) bool {
	return t.toNumber.Has(toks[w].Hash) && !(w > 0 && toks[w-1].Kind == Punct && toks[w-1].Char == '.' && toks[w-1].End == toks[w].Start)
}

// YearAt reports whether the lone number at toks[i] is a year: four digits
// from 1900 to 2099 after a word that leads to one ("in 2027", "for 2027",
// "seit 2019", "en 2026"), or between a determiner or a possessive and
// the word it names ("the 2025 pricing", "our 2026 budget", "Acme's 2026
// plan"), or before a word of rangeJoinWords and another such year ("2019
// through 2022"), or after one that joins it to such a year a few words
// before ("in 2025 or 2026", "from 2019 to 2022"). Reasons call it a date;
// the features count it a number.
func (t *Tables) YearAt(s string, toks []Token, i int) bool {
	if i < 1 || i >= len(toks) || toks[i-1].Kind != Word || yearAfter(s, toks, i-1) != 1 {
		return false
	}
	if t.toYear.Has(toks[i-1].Hash) {
		return true
	}
	if lead := s[toks[i-1].Start:toks[i-1].End]; (t.yearOf.Has(toks[i-1].Hash) || possessive(lead)) &&
		i+1 < len(toks) && toks[i+1].Kind == Word && !toks[i+1].NL && !t.units.Has(toks[i+1].Hash) {
		return true // "our 2026 budget", "a 1998 graduate", "the firm's 2026 plan"; not "a 1500 MW plant"
	}
	if i+3 < len(toks) && toks[i+1].Kind == Word && t.rangeJoin.Has(toks[i+1].Hash) && yearAfter(s, toks, i+1) == 1 &&
		!(toks[i+3].Kind == Word && t.units.Has(toks[i+3].Hash)) {
		return true // "ran 2019 through 2022": the first of a range of years, not "1950 to 2000 units"
	}
	if !t.rangeJoin.Has(toks[i-1].Hash) {
		return false
	}
	// the second of two years: "for 2026 hires and 2027 goals", "in 2025
	// or 2026", "the 2026 budget and 2027 plan", "from 2019 to 2022"
	for k := i - 2; k >= i-4 && k >= 1; k-- {
		if toks[k].NL || toks[k].Kind == Punct {
			break
		}
		if toks[k].Kind == Num {
			return t.YearAt(s, toks, k)
		}
	}
	return false
}

// recordBefore reports whether a noun of recordNouns stands at toks[w],
// before p, the token that leads to a number from it: a colon, "is" or
// "are", or "is" or "are" and a colon ("Deals: 55123", "the deals are
// 614402", "the deal is: 551234").
func (t *Tables) recordBefore(toks []Token, w int, p Token) bool {
	be := func(tk Token) bool { return tk.Kind == Word && (tk.Hash == t.isHash || tk.Hash == t.areHash) }
	switch {
	case p.Kind == Punct && p.Char == ':':
		if w > 0 && be(toks[w]) {
			w--
		}
	case !be(p):
		return false
	}
	return toks[w].Kind == Word && t.record.Has(toks[w].Hash)
}

// possessive reports whether word ends in "'s" or "’s", in any case:
// "Acme's", "ACME’S".
func possessive(word string) bool {
	return len(Unpossessed(word)) < len(word)
}

// Unpossessed returns w without the "'s" or "’s" that makes it a
// possessive, in either case: "Monday" for "Monday's", "TODAY" for
// "TODAY’S".
func Unpossessed(w string) string {
	for _, end := range [...]string{"'s", "'S", "’s", "’S"} {
		if s, ok := strings.CutSuffix(w, end); ok {
			return s
		}
	}
	return w
}

// letterX reports whether w is the letter "x" standing as a word of its
// own, in either case: the "x" of "5x7", "10x" or "x204".
func letterX(s string, w Token) bool {
	return w.Kind == Word && w.End-w.Start == 1 && s[w.Start]|0x20 == 'x'
}

// MonthAhead reports whether Month hit h names a month as news: "ships in
// January", "bis Ende Mai". Not where a past cue before it points back
// ("we discussed it in October", "wir hatten im Februar"), nor "may",
// "jan" or "mei" in lower case, which the features count after a cue
// ("this may take a quarter"). Quarters ("Q4", "Q4 2026") are dates of
// PeriodAt's.
func (t *Tables) MonthAhead(f *Features, h Hit) bool {
	tk := &f.Tokens[h.Tok]
	if w := f.text[h.Start:h.End]; h.Kind != Month || len(w) == 2 && w[0]|0x20 == 'q' {
		return false
	}
	return (tk.Upper || !t.ambiguousMonth.Has(tk.Hash)) && !t.pastBefore(f, int(h.Tok))
}

// headingItem reports whether the number at toks[i] is a "1." that ends
// its line after a heading, two blanks or more between, as a joined line
// leaves them ("Barn Lease  1.⏎Is the rent right?"): the first item of a
// list, no figure. After a month's name it names the day ("May  1.").
func (t *Tables) headingItem(s string, toks []Token, i int) bool {
	tk := toks[i]
	if i == 0 || s[tk.Start:tk.End] != "1" || tk.NL || !wordEnd(toks[i-1]) || toks[i-1].Kind == Word && t.isMonthOrDay(toks[i-1].Hash) {
		return false
	}
	if i+1 >= len(toks) || toks[i+1].Kind != Punct || toks[i+1].Char != '.' || toks[i+1].Start != tk.End || i+2 < len(toks) && !toks[i+2].NL {
		return false
	}
	return spacedApart(s[toks[i-1].End:tk.Start])
}

// spacedApart reports whether gap is two blanks or more and nothing else,
// as a line joined onto the one before leaves it.
func spacedApart(gap string) bool {
	return len(gap) >= 2 && strings.Trim(gap, " ") == ""
}

// countsRemarks reports whether the number at toks[i], a single digit,
// counts the points or questions the writer is about to make, one of
// talkingPoints right after it or after one of pointSizes: "there are 2
// things to settle", "I have 3 questions", "just 1 small point".
// "2 bales", "3 trucks", "12 questions" (two digits) and points that move
// ("we lost 2 points of margin", "up 3 points on the week"; pointMoves)
// stay figures.
func (t *Tables) countsRemarks(s string, toks []Token, i int) bool {
	if toks[i].End-toks[i].Start != 1 || s[toks[i].Start] < '1' || i+1 >= len(toks) {
		return false
	}
	j := i + 1
	if t.pointSize.Has(toks[j].Hash) && j+1 < len(toks) {
		j++
	}
	if toks[j].Kind != Word || !t.talkingPoint.Has(toks[j].Hash) {
		return false
	}
	h := toks[j].Hash
	return h != t.pointHash && h != t.pointsHash || j+1 >= len(toks) || !t.pointMove.Has(toks[j+1].Hash)
}

// listMarker reports whether the number at toks[i] numbers an item of a
// list rather than stating a figure: one digit after "(" ("(1)"), one or
// two digits and ")" opening a line or following punctuation ("options:
// 1) monthly, 2) annual"), or after a word (wordEnd) where the item before or after
// it is there too ("the court 1) to stay …, 2) to reopen … and 3) to set";
// not "see figure 3)") or where it is "1)" (firstItem), "3." opening a line before a word or standing
// alone on its line, "1." after a colon where its line ends, or "1." after
// a colon or a sentence's end where the list goes on with "2." ("a few
// notes: 1. The fee … 2. The term …"; not "we shipped 2."), "2." after
// a word at the end of its line where "1." or "3." is an item too (a list
// wrapped after its numbers: "sign these: 1.⏎Order Form 2.⏎Price
// Sheet 3.⏎…"), and "N." run into a sentence, after a word or a colon and
// before a word, in a run from "1." of three items or more (inlineList:
// "for each site: 1. revenues 2. headcount 3. growth").
func listMarker(s string, toks []Token, i int) bool {
	tk := toks[i]
	if tk.End-tk.Start > 2 {
		return false
	}
	prevWord := i > 0 && !tk.NL && wordEnd(toks[i-1])
	if i > 0 && toks[i-1].Kind == Punct && toks[i-1].Char == '(' && toks[i-1].End == tk.Start {
		return tk.End-tk.Start == 1
	}
	if i+1 >= len(toks) || toks[i+1].Kind != Punct || toks[i+1].Start != tk.End {
		return false
	}
	switch toks[i+1].Char {
	case ')':
		// after a word only as one of a run: "asks the court 1) to stay
		// the order, 2) to reopen it and 3) to set a hearing"; or as the
		// first, "1)" closing no "(" of its sentence ("it's because 1) the
		// crane is late"; not "(see page 1) for")
		return !prevWord || listItem(s, toks, i, -1, ')') || listItem(s, toks, i, +1, ')') || firstItem(s, toks, i)
	case '.':
		if i+2 < len(toks) && toks[i+2].Kind == Punct && toks[i+2].Char == ')' && toks[i+2].Start == toks[i+1].End {
			return i == 0 || tk.NL || !prevWord || afterStop(toks, i) // "1.)" opening an item
		}
		alone := i+2 >= len(toks) || toks[i+2].NL // "1." ends its line
		if prevWord && alone {
			// "…Agreement 2." where a list's items were wrapped after
			// their numbers: only beside the item before or after it
			return listItem(s, toks, i, -1, '.') || listItem(s, toks, i, +1, '.')
		}
		if prevWord && !alone && inlineList(s, toks, i) {
			return true // "for each site: 1. revenues 2. headcount 3. growth"
		}
		if prevWord || !alone && (toks[i+2].Kind != Word || toks[i+2].Start == toks[i+1].End) {
			return false
		}
		if i == 0 || tk.NL || alone && toks[i-1].Kind == Punct && toks[i-1].Char == ':' {
			return true // "the following changes: 1." wrapped at the item
		}
		if alone || afterStop(toks, i) {
			// "…since 3/4/01   3." ending its line, beside the item before
			return listItem(s, toks, i, -1, '.') || listItem(s, toks, i, +1, '.') || !alone && inlineList(s, toks, i)
		}
		return false
	}
	return false
}

// firstItem reports whether the number at toks[i], "1" and a ")" glued
// to it, opens a list's first item in mid-sentence: a word follows, and
// no "(" is open before it in its sentence.
func firstItem(s string, toks []Token, i int) bool {
	if s[toks[i].Start:toks[i].End] != "1" || i+2 >= len(toks) || toks[i+2].Kind != Word || toks[i+2].NL {
		return false
	}
	depth := 0
	for k := i - 1; k >= 0; k-- {
		if tk := toks[k]; tk.Kind == Punct {
			switch tk.Char {
			case ')':
				depth++
			case '(':
				if depth == 0 {
					return false
				}
				depth--
			case '.', '!', '?', ':', ';':
				return true
			}
		}
	}
	return true
}

// inlineList reports whether "N." at toks[i] is an item (inlineItem) of a
// list run into its sentence, each item's number after a word and before
// one:
// the run holds "1." and at least three items ("by 1. sites 2. revenues
// 3. headcount"); "we shipped 2. Then 3. more came" holds no "1.".
func inlineList(s string, toks []Token, i int) bool {
	if !inlineItem(s, toks, i, 0) {
		return false
	}
	n := atoiSmall(s[toks[i].Start:toks[i].End])
	items, first := 1, n
	for k, want := i, n-1; want >= 1; want-- {
		if k = nextInlineItem(s, toks, k, -1, want); k < 0 {
			break
		}
		items, first = items+1, want
	}
	for k, want := i, n+1; items < 3; want++ {
		if k = nextInlineItem(s, toks, k, +1, want); k < 0 {
			break
		}
		items++
	}
	return first == 1 && items >= 3
}

// nextInlineItem returns the index of the nearest number want from toks[i]
// in direction step that is an inline list's item (inlineItem), or -1.
func nextInlineItem(s string, toks []Token, i, step, want int) int {
	for k := i + step; k >= 0 && k < len(toks); k += step {
		if toks[k].Kind == Num && inlineItem(s, toks, k, want) {
			return k
		}
	}
	return -1
}

// inlineItem reports whether the number at toks[k] is "N." standing apart
// from the word before it, with a word or a number one blank after it on
// its line ("3. 60 days is fine"): want itself, or any number for want
// 0 ("Q1. Who owns…" is no item).
func inlineItem(s string, toks []Token, k, want int) bool {
	tk := toks[k]
	if tk.End-tk.Start > 2 || k == 0 || toks[k-1].End == tk.Start || k+2 >= len(toks) || want > 0 && atoiSmall(s[tk.Start:tk.End]) != want {
		return false
	}
	dot, w := toks[k+1], toks[k+2]
	return dot.Kind == Punct && dot.Char == '.' && dot.Start == tk.End && (w.Kind == Word || w.Kind == Num) && !w.NL && w.Start == dot.End+1
}

// wordEnd reports whether tk ends words: it is one, or a bracket or
// quotation mark closing some ("Site Lease (north yard) 2.").
func wordEnd(tk Token) bool {
	return tk.Kind == Word || tk.Kind == Punct && strings.ContainsRune(")]\"”'’", tk.Char)
}

// joinsList reports whether tk joins two of a list ("sections 3 and 6",
// "options 1 & 2", "2, 3"): a word of listJoinWords, a comma or "&".
func (t *Tables) joinsList(tk Token) bool {
	return tk.Kind == Word && t.listJoin.Has(tk.Hash) || tk.Kind == Punct && (tk.Char == ',' || tk.Char == '&')
}

// listItem reports whether the list that the number at toks[i] would open
// or continue holds the item before it (step -1) or after it (step +1):
// that number with mark glued after it; for "." opening a line, following
// a colon or a sentence's end, or ending its line.
func listItem(s string, toks []Token, i, step int, mark rune) bool {
	want := atoiSmall(s[toks[i].Start:toks[i].End]) + step
	if want <= 0 {
		return false
	}
	for k := i + step; k >= 0 && k+1 < len(toks); k += step {
		tk := toks[k]
		if tk.Kind != Num || tk.End-tk.Start > 2 || atoiSmall(s[tk.Start:tk.End]) != want {
			continue
		}
		if m := toks[k+1]; m.Kind != Punct || m.Char != mark || m.Start != tk.End {
			continue
		}
		if mark != '.' || k == 0 || tk.NL || afterStop(toks, k) || k+2 >= len(toks) || toks[k+2].NL {
			return true
		}
	}
	return false
}

// afterStop reports whether toks[k] follows a colon or a sentence's end,
// where a list's item may open.
func afterStop(toks []Token, k int) bool {
	return k > 0 && toks[k-1].Kind == Punct && strings.ContainsRune(":.;?!", toks[k-1].Char)
}

// yearAfter returns how many tokens after toks[i] (the end of a date) are
// its year, "2001" or ", 2001", or 0: a four-digit number from 1900 to 2099
// on the same line.
func yearAfter(s string, toks []Token, i int) int {
	k := i + 1
	if k < len(toks) && toks[k].Kind == Punct && toks[k].Char == ',' && toks[k].Start == toks[i].End {
		k++
	}
	if k >= len(toks) || toks[k].Kind != Num || toks[k].NL || toks[k].End-toks[k].Start != 4 ||
		strings.Trim(s[toks[k-1].End:toks[k].Start], " \t") != "" {
		return 0
	}
	if !fullYear(s[toks[k].Start:toks[k].End]) {
		return 0
	}
	return k - i
}

// fullYear reports whether w is a year written in full from 1900 to 2099.
func fullYear(w string) bool {
	return len(w) == 4 && allDigits(w) && (w[:2] == "19" || w[:2] == "20")
}

// codeAt returns how many tokens from i, a number, form a code of letters
// and digits written together ("A320", "B2B", "30C1", "4B7X"; one capital
// alone before it, even a unit's letter: "M2"; a number before capitals,
// capsName: "46XX"), and the groups of digits a "-", "."
// or "/" joins on after it ("RP97-118-002", "A320-200"), or 0. A
// period ("Q3", "FY27"), an amount ("USD52,000"), a number with its unit
// ("30k", "3pm", "10x") and an hour ("14h30") are no codes.
func (t *Tables) codeAt(s string, toks []Token, i int) int {
	glued := func(a int) bool { // toks[a] and toks[a+1] touch
		return a >= 0 && a+1 < len(toks) && toks[a+1].Start == toks[a].End
	}
	letters := func(a int) bool {
		return toks[a].Kind == Word && !t.currency.Has(toks[a].Hash) && !t.units.Has(toks[a].Hash)
	}
	hour := func(a int) bool { return strings.EqualFold(s[toks[a].Start:toks[a].End], "h") }
	// lone reports whether toks[a] is one capital standing alone before
	// the number, which names a zone or a grade with it even where the
	// letter is a unit's ("Tetco M2", "zone K3")
	lone := func(a int) bool { return toks[a].Kind == Word && oneCapital(s, toks[a]) && !glued(a-1) }
	if glued(i - 1) {
		if !letters(i-1) && !lone(i-1) || toks[i-1].End-toks[i-1].Start > 3 && !asciiCaps(s[toks[i-1].Start:toks[i-1].End]) {
			return 0 // "USD52,000"; a longer word runs into the number by mistake, unless in capitals ("WSTPWR2")
		}
		if hour(i-1) && glued(i-2) && toks[i-2].Kind == Num {
			return 0 // the minutes of "14h30"
		}
		if _, _, ok := t.PeriodAt(s, toks, i); ok {
			return 0
		}
	} else if !glued(i) || !letters(i+1) || hour(i+1) {
		return 0
	} else if (!glued(i+1) || toks[i+2].Kind != Num) && !t.capsName(s, toks[i+1]) && !modelLetter(s, toks, i) {
		return 0
	}
	j := i
	for glued(j) {
		if toks[j+1].Kind == Word || toks[j+1].Kind == Num {
			j++
		} else if groupSep(toks, j+1) && glued(j+1) && toks[j+2].Kind == Num {
			j += 2 // "RP97-118-002": a docket's groups of digits go with its code
		} else {
			break
		}
	}
	return j - i + 1
}

// modelLetter reports whether the number at toks[i], of two digits or
// more, has one capital glued after it that makes it a model's or a
// form's name ("the 501D", "suite 14D"), and no letter that reads as a
// unit, a temperature, a time of day or a zone ("30F", "4B", "18V",
// "7P", "00Z"). A year keeps its letter ("2004E", an estimate).
func modelLetter(s string, toks []Token, i int) bool {
	w := s[toks[i+1].Start:toks[i+1].End]
	if n := s[toks[i].Start:toks[i].End]; len(n) < 2 || !allDigits(n) || fullYear(n) || len(w) != 1 || !asciiCaps(w) {
		return false
	}
	if i+2 < len(toks) && toks[i+2].Start == toks[i+1].End && toks[i+2].Kind != Punct {
		return false
	}
	return !strings.ContainsRune("ABCFGHKLMPSTVWXZ", rune(w[0]))
}

// capsName reports whether word w, glued after a number, names something
// with it rather than measuring it: two or more capitals that are no
// measure, no time zone or half of the day (zones) and no ordinal suffix
// ("46XX" a bill, "9HA" a turbine's model; not "50MW", "9AM", "10CST" or
// "2ND"), in the plural or the possessive or not ("two 9HAs", "the 9HA's
// blades"). codeAt has already ruled out units and currencies.
func (t *Tables) capsName(s string, w Token) bool {
	word, h := s[w.Start:w.End], w.Hash
	for _, suf := range [...]string{"'s", "’s", "s"} {
		if base, ok := strings.CutSuffix(word, suf); ok && len(base) >= 2 {
			word, h = base, HashString(base)
			break
		}
	}
	if len(word) < 2 || !asciiCaps(word) || t.measures.Has(h) || t.zones.Has(h) {
		return false
	}
	switch strings.ToLower(word) {
	case "st", "nd", "rd", "th":
		return false
	}
	return true
}

// reachAt returns how many tokens from i, a number, spell the number of
// a telephone line that a reachWord names before it, or 0: "her phone is
// 44217 883190", "Tel.: 612.4471.2093", "mobile number +33 612345678",
// "the extension is 4-7712"; or that a reachVerb dials, five digits or
// more ("you can reach me at 31991", not "call me at 10"). Up to three
// reachHops, object pronouns or words of the name of the one to reach
// ("contact Dana Reyes at 36410"), a ":", a "#" or the period of a short form
// ("no.", "Tel.") may stand between; the number's groups of digits are
// joined by up to two blanks or by "-", ".", "/" and brackets, on one
// line, 2 to 15 digits in all.
func (t *Tables) reachAt(s string, toks []Token, i int) int {
	k := i - 1
	if k >= 0 && toks[k].Kind == Punct && (toks[k].Char == '+' || toks[k].Char == '(') && toks[k].End == toks[i].Start {
		k--
	}
	for hop := 0; hop <= 3 && k >= 0; hop, k = hop+1, k-1 {
		switch w := toks[k]; {
		case w.Kind == Word && t.reach.Has(w.Hash):
			return digitRun(s, toks, i, 2)
		case w.Kind == Word && t.reachVerb.Has(w.Hash):
			return digitRun(s, toks, i, 5) // "reach me at 31991", not "call me at 10"
		case w.Kind == Word && (t.reachHop.Has(w.Hash) || t.objects.Has(w.Hash)),
			t.nameWord(w), // "contact Dana Reyes at 36410"
			w.Kind == Punct && (w.Char == ':' || w.Char == '#'),
			w.Kind == Punct && w.Char == '.' && k > 0 && toks[k-1].Kind == Word && toks[k-1].End == w.Start && w.Start-toks[k-1].Start <= 3:
		default:
			return 0
		}
	}
	return 0
}

// digitRun returns how many tokens from i, a number, form one telephone
// number of at least least digits (see reachAt), or 0.
func digitRun(s string, toks []Token, i, least int) int {
	digits, last := 0, -1
	for j := i; j < len(toks) && (j == i || !toks[j].NL && blanks(s[toks[j-1].End:toks[j].Start], 2)); j++ {
		tk := toks[j]
		if tk.Kind == Punct {
			gluedBefore := tk.Start == toks[j-1].End
			gluedAfter := j+1 < len(toks) && toks[j+1].Start == tk.End
			if !(tk.Char == '(' && gluedAfter || tk.Char == ')' && gluedBefore ||
				strings.ContainsRune("-./", tk.Char) && gluedBefore && gluedAfter) {
				break // the "." that ends the sentence
			}
			continue
		}
		w := s[tk.Start:tk.End]
		if tk.Kind != Num || strings.Trim(w, "0123456789.") != "" {
			break // "25,000" is a figure
		}
		digits += len(w) - strings.Count(w, ".")
		last = j
	}
	if digits < least || digits > 15 {
		return 0
	}
	return last - i + 1
}

// decimalPoint returns the index of the token that opens a fraction written
// without its leading zero, the number at toks[i] glued to a "." that
// stands after a blank, a currency sign, a minus or a plus ("$.0375",
// ".125 rate", "$-.02", "Index-.06"), and whether it is money; or -1. The
// "." of "2001.0417" or of a sentence's end opens none.
func decimalPoint(toks []Token, i int) (int, bool) {
	p := i - 1
	if p < 0 || toks[p].Kind != Punct || toks[p].Char != '.' || toks[p].End != toks[i].Start {
		return -1, false
	}
	glued := func(a int) bool { return a >= 0 && toks[a].End == toks[a+1].Start }
	q := p - 1
	if !glued(q) {
		return p, false
	}
	if toks[q].Kind == Punct && (toks[q].Char == '-' || toks[q].Char == '+') {
		switch {
		case !glued(q - 1):
			return q, false
		case toks[q-1].Kind == Word:
			return p, false // "Index-.06": an index less a fraction
		}
		q--
	}
	if moneySign(toks[q]) {
		return q, true
	}
	return -1, false
}

// isFraction reports whether the number at toks[i] is a fraction written
// without its leading zero (see decimalPoint).
func isFraction(toks []Token, i int) bool {
	p, _ := decimalPoint(toks, i)
	return p >= 0
}

// zeroCode returns how many tokens from i form a number written with
// leading zeros, three digits or more and no separator ("meter 0417",
// "0092", "004417382"), with the numbers glued on by "-", "/" or "."
// ("011-33-1-5550199", "0412/26"): a meter's, an account's or a form's
// number, or a telephone's, not a figure; or 0. Not after a currency sign,
// nor a clock time run together ("until 0930") or a number with its unit
// or time zone after it ("0800 CST").
func (t *Tables) zeroCode(s string, toks []Token, i int) int {
	w := s[toks[i].Start:toks[i].End]
	if len(w) < 3 || w[0] != '0' || !allDigits(w) || i > 0 && moneySign(toks[i-1]) || t.runTogetherClock(s, toks, i) {
		return 0
	}
	if i+1 < len(toks) && toks[i+1].Kind == Word && (t.units.Has(toks[i+1].Hash) && !oneCapGlued(s, toks, i+1) || t.zones.Has(toks[i+1].Hash)) {
		return 0 // "0800Z", "050 kg"; "052K" names one
	}
	j := i
	for j+2 < len(toks) && toks[j+1].Kind == Punct && strings.ContainsRune("-/.", toks[j+1].Char) && toks[j+2].Kind == Num &&
		toks[j+1].Start == toks[j].End && toks[j+2].Start == toks[j+1].End {
		j += 2
	}
	return j - i + 1
}

// oneCapGlued reports whether toks[k] is one capital letter written onto
// the token before it ("052K").
func oneCapGlued(s string, toks []Token, k int) bool {
	return oneCapital(s, toks[k]) && k > 0 && toks[k-1].End == toks[k].Start
}

// oneCapital reports whether w is one capital letter, A to Z.
func oneCapital(s string, w Token) bool {
	return w.End-w.Start == 1 && asciiCaps(s[w.Start:w.End])
}

// dayOrYear reports whether w, the number after a month's name, may be
// its day or year: a day from 1 to 31, a year from 1900 to 2099, or a
// list of days that may end in a year ("June 4,5", "March 3,2027").
// "Oct 385,000" and "Aug 412907" are a month and a figure.
func dayOrYear(w string) bool {
	parts := strings.Split(w, ",")
	for n, p := range parts {
		if d := atoiSmall(p); d >= 1 && d <= 31 {
			continue
		}
		if n == 0 && len(parts) > 1 || !fullYear(p) {
			return false
		}
	}
	return true
}

// cardAt returns how many tokens from i form a payment card's number,
// four groups of four digits joined by one blank or a hyphen ("4111 1111
// 1111 1111", "4111-1111-1111-1111"), or 0.
func cardAt(s string, toks []Token, i int) int {
	group := func(j int) bool {
		return j < len(toks) && toks[j].Kind == Num && toks[j].End-toks[j].Start == 4 && allDigits(s[toks[j].Start:toks[j].End])
	}
	if !group(i) || i > 0 && toks[i-1].Kind == Num && toks[i].Start-toks[i-1].End <= 1 {
		return 0
	}
	j := i
	for g := 1; g < 4; g++ {
		next := j + 1
		if next < len(toks) && toks[next].Kind == Punct && toks[next].Char == '-' && toks[next].Start == toks[j].End {
			if next++; !group(next) || toks[next].Start != toks[next-1].End {
				return 0
			}
		} else if !group(next) || toks[next].NL || toks[next].Start-toks[j].End != 1 || s[toks[j].End] != ' ' {
			return 0
		}
		j = next
	}
	if k := j + 1; k < len(toks) && toks[k].Kind == Num && toks[k].Start-toks[j].End <= 1 {
		return 0 // a longer run of groups is something else
	}
	return j - i + 1
}

// accountAt reports whether toks[i] opens an account's or a form's number
// written in two groups of digits glued by a hyphen, the second of five
// digits or more ("312-40987", "83-4410276"): a range ("20-25") or a date
// ("2001-05") has no such tail. The number may not continue a run of
// groups before or after it.
func accountAt(s string, toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Kind != Punct || toks[i+1].Char != '-' || toks[i+2].Kind != Num || !touchesBoth(toks, i+1) {
		return false
	}
	head, tail := s[toks[i].Start:toks[i].End], s[toks[i+2].Start:toks[i+2].End]
	if len(head) < 2 || len(head) > 4 || len(tail) < 5 || !allDigits(head) || !allDigits(tail) {
		return false
	}
	return !sepBefore(toks, i) &&
		!(groupSep(toks, i+3) && toks[i+3].Start == toks[i+2].End && i+4 < len(toks) && toks[i+4].Kind == Num)
}

// sepBefore reports whether a groupSep is glued right before toks[i]: the
// number goes on a longer run of groups ("05/2001-…", "4-312-40987").
func sepBefore(toks []Token, i int) bool {
	return i > 0 && groupSep(toks, i-1) && toks[i-1].End == toks[i].Start
}

// groupSep reports whether toks[k] is a "-", "." or "/" that may join
// the digit groups of a date, an account's number or a document's.
func groupSep(toks []Token, k int) bool {
	return k >= 0 && k < len(toks) && toks[k].Kind == Punct && strings.ContainsRune("-./", toks[k].Char)
}

// yearSerial reports whether toks[i] is a year (1900 to 2099) with a
// number joined on by a hyphen or a slash that is neither a month
// ("2001-05", ISO 8601's year and month) nor the end of a span of years
// ("1998-99", "2001/2004"): a year and a serial number, the way offices
// number quotes, files and orders ("quote 2026/58", "2000-64"). It names
// a document, as an account's number does, and is no date.
func yearSerial(s string, toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Kind != Punct || (toks[i+1].Char != '-' && toks[i+1].Char != '/') || toks[i+2].Kind != Num ||
		!touchesBoth(toks, i+1) {
		return false
	}
	head, tail := s[toks[i].Start:toks[i].End], s[toks[i+2].Start:toks[i+2].End]
	if !fullYear(head) || !allDigits(tail) || len(tail) > 4 || sepBefore(toks, i) {
		return false // "05/2001-…" belongs to a longer date or code
	}
	year, _ := strconv.Atoi(head)
	n, _ := strconv.Atoi(tail)
	switch len(tail) {
	case 1, 2:
		gap := (n - year%100 + 100) % 100 // "1998-99": the short year a span ends on
		return !(n >= 1 && n <= 12) && !(tail[0] != '0' && gap >= 1 && gap <= 10)
	case 4:
		return tail[0] == '0' || n <= year // "1950-2000" spans the years between
	}
	return true // three digits: "2001-117"
}

// phoneAt returns how many tokens from i form a telephone number, or 0:
// "713-555-2290", "713.555.2290", "(713) 555-4409" (i at "713", one or two
// spaces after the parenthesis; "(713) 555 - 4409" too),
// "555-4409", "212/762-9502", "+1 713 555 2290", "+49 40 5555 0134",
// "+44 7700900123", "44-20-781-30418". Digit groups are joined by one
// "-", "." or space; a dash-joined pair must be 3 then 4 digits, so dates
// such as 5-2 or 2001-05-02 are left alone, and four groups or more hold
// 10 to 15 digits.
func phoneAt(s string, toks []Token, i int) int {
	digits := func(tk Token) int {
		if tk.Kind != Num || !allDigits(s[tk.Start:tk.End]) {
			return -1 // "25,000", "2.5": a number with separators is a figure
		}
		return int(tk.End - tk.Start)
	}
	if dotted(s[toks[i].Start:toks[i].End]) {
		return 1 // "713.555.2290" is one number token
	}
	isPunct := func(k int, c rune) bool { return k >= 0 && k < len(toks) && toks[k].Kind == Punct && toks[k].Char == c }
	plus := isPunct(i-1, '+') && toks[i-1].End == toks[i].Start
	paren := isPunct(i-1, '(') && isPunct(i+1, ')') && digits(toks[i]) == 3 &&
		i+2 < len(toks) && toks[i+2].Kind == Num && blanks(s[toks[i+1].End:toks[i+2].Start], 2)
	var groups [8]int
	n, k, spaced := 0, i, false
	if paren {
		groups[0], n, k = 3, 1, i+2
	}
	for k < len(toks) && n < len(groups) {
		d := digits(toks[k])
		if d <= 0 || d > 4 && n < 3 && !(plus && n == 1 && d >= 6) {
			break // a group of five only ends a long number: "44-20-781-30418", "+44 7700900123"
		}
		groups[n] = d
		n++
		k++
		// joined by one "-" or "." glued to both sides (or, after a
		// 3-digit area code, a "/": "212/762-9502") ...
		if k+1 < len(toks) && (isPunct(k, '-') || isPunct(k, '.') || n == 1 && d == 3 && isPunct(k, '/')) && toks[k].Start == toks[k-1].End &&
			toks[k+1].Start == toks[k].End && toks[k+1].Kind == Num {
			k++
			continue
		}
		// ... or, after "+" or "(713)", by a single space; or "617 555
		// 0143", three groups of 3, 3 and 4 digits, by one or two
		if k < len(toks) && toks[k].Kind == Num && toks[k].Start-toks[k-1].End == 1 && s[toks[k-1].End] == ' ' && (plus || paren) {
			continue
		}
		// ... or, after "+" and a country's code, by up to three blanks
		// before the rest in one group: "+44  7700900123"
		if plus && n == 1 && d <= 3 && k < len(toks) && toks[k].Kind == Num && !toks[k].NL && digits(toks[k]) >= 6 &&
			toks[k].Start > toks[k-1].End && blanks(s[toks[k-1].End:toks[k].Start], 3) {
			continue
		}
		// ... or, after "(713)", by a "-" with a blank or two on either
		// side: "(713) 555 - 4409"
		if paren && n == 2 && k+1 < len(toks) && isPunct(k, '-') && toks[k+1].Kind == Num && !toks[k+1].NL &&
			toks[k].Start > toks[k-1].End && toks[k+1].Start > toks[k].End &&
			blanks(s[toks[k-1].End:toks[k].Start], 2) && blanks(s[toks[k].End:toks[k+1].Start], 2) {
			k++
			continue
		}
		// (the second group of 3 digits, then the last of 4: n+2)
		if !plus && !paren && (n == 1 || n == 2) && d == 3 && groups[0] == 3 && k < len(toks) && !toks[k].NL &&
			digits(toks[k]) == n+2 && blanks(s[toks[k-1].End:toks[k].Start], 2) && toks[k].Start > toks[k-1].End {
			spaced = true
			continue
		}
		break
	}
	if n == 0 || spaced && !(n == 3 && groups[1] == 3 && groups[2] == 4) {
		return 0
	}
	total := 0
	for _, g := range groups[:n] {
		total += g
	}
	last := groups[n-1]
	switch {
	case n >= 3 && total >= 10 && total <= 15 && last == 4 && (groups[0] == 3 || plus || paren):
	case n >= 3 && plus && total >= 9 && total <= 15:
	case n == 2 && plus && groups[0] <= 3 && last >= 6 && total >= 9 && total <= 15:
		// "+44 7700900123": a country's code and the number in one group
	case n == 4 && groups[0] == 1 && groups[1] == 3 && groups[2] == 3 && last == 4:
		// "1-800-555-0172": a long-distance prefix before the area code
	case n >= 4 && total >= 10 && total <= 15:
		// "44-20-781-30418": a country's code and three groups more
	case n == 2 && groups[0] == 3 && last == 4 && !plus:
		// a local number "555-4409"; "2001-0502" has a 4-digit first group
	default:
		return 0
	}
	return k - i
}

// extensionAt returns how many tokens from toks[i] make a telephone
// extension written onto an "x" that stands on its own, or 0: two to six
// digits ("x4412", "(x4412)", "555-4409 x204", or four or five a blank
// after it, "X 33512"; not the "x" of "4x100"),
// or the exchange's digit or two, a hyphen and the rest ("x3-4412"); or,
// with no "x", one digit, a hyphen and four ("call Maren at 5-2210"): a
// company's internal extension, as every number of that shape in the
// real sent mail read was, or with the "x" between them ("3x4417").
// After "ext." or "extension" it is reachAt's.
func (t *Tables) extensionAt(s string, toks []Token, i int) int {
	tk := toks[i]
	n := tk.End - tk.Start
	if n == 1 && t.bareExtension(s, toks, i) {
		return 3
	}
	if i < 1 || n > 6 || !allDigits(s[tk.Start:tk.End]) || tk.NL {
		return 0
	}
	p := i - 1
	w := &toks[p]
	// "X 33512": four or five digits a blank after the "x", where no number
	// before it makes the "x" a product's ("3 x 4412")
	spaced := w.End+1 == tk.Start && s[w.End] == ' ' && n >= 4 && n <= 5 && !(p > 0 && toks[p-1].Kind == Num)
	if !letterX(s, *w) || w.End != tk.Start && !spaced {
		return 0
	}
	if p > 0 && toks[p-1].End == w.Start && !(toks[p-1].Kind == Punct && toks[p-1].Char == '(') {
		return 0
	}
	if n <= 2 && i+2 < len(toks) && toks[i+1].Kind == Punct && toks[i+1].Char == '-' &&
		toks[i+1].Start == tk.End && toks[i+2].Kind == Num && toks[i+2].Start == toks[i+1].End && !toks[i+2].NL {
		if m := toks[i+2].End - toks[i+2].Start; m >= 3 && m <= 5 && allDigits(s[toks[i+2].Start:toks[i+2].End]) {
			return 3
		}
	}
	if n >= 2 {
		return 1
	}
	return 0
}

// signedExtension reports whether the number at toks[i] is the writer's
// extension on the text's last line, after the name that signs it
// ("Dana 36410", "Dana Reyes  36410"): four or five digits and nothing
// after them, one or two capitalized words before them that open the
// line, none of them a month, a day, a currency or a noun that numbers
// or names a record ("Invoice 36410" is numberedBy's).
func (t *Tables) signedExtension(s string, toks []Token, i int) bool {
	if i+1 != len(toks) || toks[i].NL || !extensionDigits(s, toks[i]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		w := toks[k]
		if !t.nameWord(w) {
			return false
		}
		if w.NL || k == 0 {
			return true
		}
	}
	return false
}

// namedExtension reports whether the number at toks[i] is the extension
// of the person named just before it, in brackets glued around it
// ("please ask Dana Reyes (36410) or Lee Tam (4471)"): four or five
// digits, no full year, after two capitalized words that are no month,
// day, currency or noun that numbers or names a record.
func (t *Tables) namedExtension(s string, toks []Token, i int) bool {
	tk := toks[i]
	if i < 3 || i+1 >= len(toks) || !extensionDigits(s, tk) {
		return false
	}
	open, closing := toks[i-1], toks[i+1]
	if open.Kind != Punct || open.Char != '(' || open.End != tk.Start || closing.Kind != Punct || closing.Char != ')' || closing.Start != tk.End {
		return false
	}
	return t.nameWord(toks[i-3]) && t.nameWord(toks[i-2])
}

// extensionDigits reports whether tk is an internal extension's number:
// four or five digits and no full year.
func extensionDigits(s string, tk Token) bool {
	w := s[tk.Start:tk.End]
	return len(w) >= 4 && len(w) <= 5 && allDigits(w) && !fullYear(w)
}

// nameWord reports whether w may be a word of a person's name before
// their extension: capitalized, and no month, day, currency or noun that
// numbers or names a record ("Invoice 36410" is numberedBy's).
func (t *Tables) nameWord(w Token) bool {
	return w.Kind == Word && w.Upper && !t.isMonthOrDay(w.Hash) && !t.currency.Has(w.Hash) && !t.numbered.Has(w.Hash) && !t.record.Has(w.Hash)
}

// bareExtension reports whether the digit at toks[i] opens an extension
// written without an "x" before it: a hyphen, or an "x" (the exchange's
// digit before it), and four digits glued after it, and nothing but a
// bracket glued around the three, nor a unit after them ("5-2210",
// "(4-0817)", "Ana 3x4417"; not "2-3-1000", "$1-1000", "1-1000/yr",
// "1-1000 units" or "2x1000 MW").
func (t *Tables) bareExtension(s string, toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Start != toks[i].End {
		return false
	}
	if sep := toks[i+1]; !(sep.Kind == Punct && sep.Char == '-' || letterX(s, sep)) {
		return false
	}
	r := toks[i+2]
	if r.Kind != Num || r.Start != toks[i+1].End || r.End-r.Start != 4 || !allDigits(s[r.Start:r.End]) || !allDigits(s[toks[i].Start:toks[i].End]) {
		return false
	}
	if p := i - 1; p >= 0 && toks[p].End == toks[i].Start && !(toks[p].Kind == Punct && strings.ContainsRune("([", toks[p].Char)) {
		return false
	}
	if i+3 < len(toks) && toks[i+3].Start == r.End && toks[i+3].Kind == Punct && strings.ContainsRune("-/.", toks[i+3].Char) &&
		i+4 < len(toks) && toks[i+4].Start == toks[i+3].End && toks[i+4].Kind != Punct {
		return false
	}
	return i+3 >= len(toks) || toks[i+3].Kind != Word || !t.unitAt(s, toks, i+3, false) && !t.measures.Has(toks[i+3].Hash)
}

// blanks reports whether gap is at most n blanks, one line break at most
// among them ("(713)  853-3512": old mail and justified text often set two
// spaces after the area code, and wrapping may break the line there).
func blanks(gap string, n int) bool {
	return len(gap) <= n && strings.Trim(gap, " \t\n") == "" && strings.Count(gap, "\n") <= 1
}

// dotted reports whether w is a dot-separated telephone number: 3.3.4 digits.
func dotted(w string) bool {
	if len(w) != 12 || w[3] != '.' || w[7] != '.' {
		return false
	}
	for j := 0; j < len(w); j++ {
		if j != 3 && j != 7 && (w[j] < '0' || w[j] > '9') {
			return false
		}
	}
	return true
}

// isMonthOrDay reports whether h is a month's or a weekday's name on its own.
func (t *Tables) isMonthOrDay(h uint32) bool {
	return t.wordClass(h)&(wMonth|wWeekday) != 0
}

// monthRange reports whether the month word at token k is one end of a
// range of months, a dash joining it to another month word on the same
// line: "Jan - Apr", "Dec–Jan", "Feb - May". A name or a verb spelled as
// a month ("Jan", "may") is no month unless a cue or such a range says so.
func (f *Features) monthRange(k int) bool {
	toks := f.Tokens
	month := func(j int) bool {
		return j >= 0 && j < len(toks) && toks[j].Kind == Word && !toks[j].NL && f.cls[j]&wMonth != 0
	}
	dash := func(j int) bool {
		return j >= 0 && j < len(toks) && toks[j].Kind == Punct && !toks[j].NL && isDash(toks[j].Char)
	}
	return dash(k+1) && month(k+2) || dash(k-1) && month(k-2) && !toks[k].NL
}

// resolveDates drops day and month names inside a numeric date ("March 31")
// and marks those after a backward-looking word ("sent on Tuesday") as past.
func (t *Tables) resolveDates(f *Features) {
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind != Weekday && h.Kind != Month && h.Kind != RelDay {
			continue
		}
		for _, o := range f.Hits {
			// inside a numeric date, or inside a greeting ("Guten Morgen" is not tomorrow)
			if (o.Kind == DateHit || o.Kind == TimeHit || o.Kind == PastDate || o.Kind == Filler) && o.Start <= h.Start && h.End <= o.End {
				h.Kind = Covered
				break
			}
		}
		if h.Kind == Covered {
			continue
		}
		k := int(h.Tok)
		// "you may have", "May I": the verb, not the month; "Hi Mei,": a name.
		if h.Kind == Month && t.ambiguousMonth.Has(f.Tokens[k].Hash) && (k == 0 || !t.monthCue.Has(f.Tokens[k-1].Hash)) && !f.monthRange(k) {
			h.Kind = Covered
			continue
		}
		// "it has sat on my desk", "out in the sun": the verb or the noun
		if h.Kind == Weekday && !f.Tokens[k].Upper && t.ambiguousDay.Has(f.Tokens[k].Hash) &&
			(k == 0 || !t.monthCue.Has(f.Tokens[k-1].Hash)) && (k+1 == len(f.Tokens) || f.Tokens[k+1].Kind != Num) {
			h.Kind = Covered
			continue
		}
		// "Sun Yang", "Wed Okafor", "the Sun-Herald": a name before a
		// capitalized word, after a blank or a hyphen, that names no month
		// or day ("Wed Nov 5", "Sat Morning", "Sun-Thu" stay dates)
		if h.Kind == Weekday && f.Tokens[k].Upper && t.ambiguousDay.Has(f.Tokens[k].Hash) && k+1 < len(f.Tokens) {
			x := f.Tokens[k+1]
			next := x.Start-f.Tokens[k].End == 1 // one blank between
			if k+2 < len(f.Tokens) && x.Kind == Punct && x.Char == '-' && x.Start == f.Tokens[k].End && f.Tokens[k+2].Start == x.End {
				x, next = f.Tokens[k+2], true // a hyphen between, touching both
			}
			if next && x.Kind == Word && x.Upper && !x.NL &&
				t.wordClass(x.Hash)&(wMonth|wWeekday) == 0 && !t.dayPart.Has(x.Hash) {
				h.Kind = Covered
				continue
			}
		}
		// "his SAT", "their SUN servers": a test's or a maker's name in
		// capitals after a possessive, no day ("our Sat meeting" stays one)
		if w := f.Tokens[k]; h.Kind == Weekday && k > 0 && t.ambiguousDay.Has(w.Hash) && t.owner.Has(f.Tokens[k-1].Hash) && asciiCaps(f.text[w.Start:w.End]) {
			h.Kind = Covered
			continue
		}
		if h.Kind == Month && t.personNamed(f, k) {
			h.Kind = Covered
			continue
		}
		// "an NOV letter": a notice's initials ("an" is no month's article
		// before its short form in capitals; "an August launch" is one)
		if w := f.Tokens[k]; h.Kind == Month && k > 0 && f.Tokens[k-1].Hash == t.anHash && w.End-w.Start == 3 && asciiCaps(f.text[w.Start:w.End]) {
			h.Kind = Covered
			continue
		}
		if first := f.Tokens[k].Hash; h.Kind == RelDay && t.behind.Has(first) {
			// "the draft I sent you yesterday" points back; "Ken called
			// yesterday and we bought 5,000/d" reports news, its day no
			// more than the rest of the sentence.
			h.Kind = Covered
			if t.refersBack(f, k) && !t.datesNews(f, k) {
				h.Kind = PastDate
			}
		} else if t.thankedFor(f, k) {
			h.Kind = Covered
		} else if t.pastBefore(f, k) && !(h.Kind == RelDay && t.ahead.Has(first)) && !(h.Kind == Month && t.periodNamed(f, k)) {
			// "the notes I sent for tomorrow's meeting": tomorrow and next
			// week lie ahead, whatever was done for them
			h.Kind = PastDate
		} else if t.knownDeadline(f, k) {
			h.Kind = PastDate // "your trial ends Friday": the reader has that day
		}
	}
}

// periodNamed reports whether the month at token k names the period of
// a thing after "for", alone or in a list of months: "the invoices for
// March", "the statements for Jan and Feb". It dates what the thing
// covers, not when it was sent: "I faxed you the invoices for March" does
// not point back to March.
func (t *Tables) periodNamed(f *Features, k int) bool {
	toks := f.Tokens
	for j := k - 1; j > 0 && f.sent[j] == f.sent[k]; j-- {
		switch tk := toks[j]; {
		case tk.Hash == t.forHash:
			return toks[j-1].Kind == Word && f.sent[j-1] == f.sent[k]
		case tk.Kind == Punct && (tk.Char == ',' || tk.Char == '&'), tk.Hash == t.andHash, f.cls[j]&wMonth != 0:
		default:
			return false
		}
	}
	return false
}

// repeated reports whether a figure already appeared in the thread.
func repeated(num string, thread []ThreadMsg) bool {
	if len(num) < 2 {
		return false
	}
	for _, m := range thread {
		if strings.Contains(m.Text, num) {
			return true
		}
	}
	return false
}
