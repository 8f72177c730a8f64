// Command imapfixture serves a seeded IMAP mailbox from memory on a
// loopback port for the browser end-to-end test (scripts/e2e.sh): go-imap's
// in-memory server with one user and the folders INBOX, Sent and Drafts,
// holding three weeks of a rep's mail to a few customers, dated back from
// $DIALTONE_NOW when it is set (as the app's clock is) and from now
// otherwise. It prints
// "PORT=<n>" once it listens and serves until it gets SIGTERM or SIGINT.
//
// The server has no TLS and no SPECIAL-USE: connect with TLS mode "none";
// Sent and Drafts are found by name.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"dialtone/app"
	"dialtone/sync/imap/imaptest"
)

const (
	repName  = "Jordan Lee"
	repEmail = "jordan@northwind-analytics.com"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on")
	user := flag.String("user", repEmail, "the IMAP user name")
	pass := flag.String("password", "e2e-pass", "the IMAP password")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("imapfixture: ")

	srv, u, err := imaptest.MemServer(imaptest.User{Name: *user, Password: *pass}, log.New(os.Stderr, "imapfixture: ", 0))
	if err != nil {
		log.Fatal(err)
	}
	clock, err := app.ClockFromEnv()
	if err != nil {
		log.Fatal(err)
	}
	if err := seed(u, clock.Now()); err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("PORT=%d\n", ln.Addr().(*net.TCPAddr).Port)
	os.Stdout.Sync()

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case <-stop:
		srv.Close()
	case err := <-done:
		if err != nil {
			log.Fatal(err)
		}
	}
}

// person is a correspondent.
type person struct{ name, email string }

func (p person) String() string { return fmt.Sprintf("%s <%s>", p.name, p.email) }

var (
	rep    = person{repName, repEmail}
	priya  = person{"Priya Raman", "priya.raman@bluepeak-logistics.com"}
	marco  = person{"Marco Bianchi", "marco.bianchi@veridian-foods.com"}
	hannah = person{"Hannah Cole", "hannah.cole@summit-dental.com"}
	omar   = person{"Omar Haddad", "o.haddad@crestline-energy.com"}
	lena   = person{"Lena Vogt", "lena.vogt@kestrel-freight.de"}
)

// msg is one seeded message. at is how long before now it was sent;
// replyTo names the key of the message it answers (threads follow it).
type msg struct {
	key, folder string
	from, to    person
	subject     string
	at          time.Duration
	replyTo     string
	body        string
}

const day = 24 * time.Hour

// mailbox is the seeded mail, oldest first within each thread.
var mailbox = []msg{
	// Bluepeak: substantive, answered, then a stalled negotiation.
	{key: "bp1", folder: "Sent", from: rep, to: priya, subject: "Bluepeak rollout: 40-seat pricing", at: 20*day + 3*time.Hour,
		body: "Hi Priya,\n\nAs promised, the pricing for the 40-seat rollout: $39 per seat per month on an annual plan, onboarding for your three depots included. That is $18,720 a year, 22% below the list price.\n\nThe quote is valid until the end of the month. Could we walk your CFO through it on Thursday at 10:00?\n\nJordan"},
	{key: "bp2", folder: "INBOX", from: priya, to: rep, subject: "Re: Bluepeak rollout: 40-seat pricing", at: 19*day + 5*time.Hour, replyTo: "bp1",
		body: "Hi Jordan,\n\nThanks, that is clear. Thursday works. Can you include what the depot onboarding covers?\n\nPriya"},
	{key: "bp3", folder: "Sent", from: rep, to: priya, subject: "Re: Bluepeak rollout: 40-seat pricing", at: 19*day + 2*time.Hour, replyTo: "bp2",
		body: "Priya,\n\nOnboarding covers two half-day sessions per depot, the route import from your TMS and 60 days of priority support. I'll bring the plan on Thursday.\n\nJordan"},
	{key: "bp4", folder: "INBOX", from: priya, to: rep, subject: "Re: Bluepeak rollout: 40-seat pricing", at: 14*day + 4*time.Hour, replyTo: "bp3",
		body: "Jordan, our CFO wants to see the 3-year option before she signs off. Can you send it?\n\nPriya"},
	{key: "bp5", folder: "Sent", from: rep, to: priya, subject: "Re: Bluepeak rollout: 40-seat pricing", at: 13*day + 6*time.Hour, replyTo: "bp4",
		body: "Hi Priya,\n\nThe 3-year option: $35 per seat per month, locked for the term, so $50,400 over three years for 40 seats, with a 5-seat buffer at no charge.\n\nJordan"},
	{key: "bp6", folder: "Sent", from: rep, to: priya, subject: "Re: Bluepeak rollout: 40-seat pricing", at: 9*day + 2*time.Hour, replyTo: "bp5",
		body: "Hi Priya, just checking in to see if you had a chance to look at the 3-year option. Any update?\n\nJordan"},
	{key: "bp7", folder: "Sent", from: rep, to: priya, subject: "Re: Bluepeak rollout: 40-seat pricing", at: 5*day + 3*time.Hour, replyTo: "bp6",
		body: "Hi Priya, just following up on my last email. Let me know if you have any questions.\n\nJordan"},
	{key: "bp8", folder: "Sent", from: rep, to: priya, subject: "Re: Bluepeak rollout: 40-seat pricing", at: 2*day + 4*time.Hour, replyTo: "bp7",
		body: "Hi Priya, circling back on this. Any thoughts?\n\nJordan"},

	// Veridian: a silent thread of nudges.
	{key: "vf1", folder: "Sent", from: rep, to: marco, subject: "Veridian Foods: cold-chain reporting demo", at: 18*day + 2*time.Hour,
		body: "Hi Marco,\n\nGood to meet you at the trade show. Our cold-chain reports flag any reefer above 5 °C for more than 10 minutes; last quarter that saved a customer of your size 31 spoiled loads.\n\nWould a 30-minute demo next Tuesday work?\n\nJordan"},
	{key: "vf2", folder: "Sent", from: rep, to: marco, subject: "Re: Veridian Foods: cold-chain reporting demo", at: 15*day + 3*time.Hour, replyTo: "vf1",
		body: "Hi Marco, just checking in on the demo. Let me know!\n\nJordan"},
	{key: "vf3", folder: "Sent", from: rep, to: marco, subject: "Re: Veridian Foods: cold-chain reporting demo", at: 11*day + 5*time.Hour, replyTo: "vf2",
		body: "Hi Marco, just wanted to touch base and see if you had a chance to think about it.\n\nJordan"},
	{key: "vf4", folder: "Sent", from: rep, to: marco, subject: "Re: Veridian Foods: cold-chain reporting demo", at: 6*day + 2*time.Hour, replyTo: "vf3",
		body: "Hi Marco, bumping this to the top of your inbox. Any interest?\n\nJordan"},
	{key: "vf5", folder: "Sent", from: rep, to: marco, subject: "Re: Veridian Foods: cold-chain reporting demo", at: 1*day + 3*time.Hour, replyTo: "vf4",
		body: "Hi Marco, just checking in again. Hope all is well!\n\nJordan"},

	// Summit Dental: a live back-and-forth.
	{key: "sd1", folder: "Sent", from: rep, to: hannah, subject: "Summit Dental: scheduling integration", at: 17*day + 4*time.Hour,
		body: "Hi Hannah,\n\nThe scheduling integration syncs your 12 clinics' calendars every 5 minutes and cuts double bookings to zero in our pilot practices. Setup takes about two weeks.\n\nJordan"},
	{key: "sd2", folder: "INBOX", from: hannah, to: rep, subject: "Re: Summit Dental: scheduling integration", at: 16*day + 2*time.Hour, replyTo: "sd1",
		body: "Jordan, does it work with Dentrix? Half our clinics are still on it.\n\nHannah"},
	{key: "sd3", folder: "Sent", from: rep, to: hannah, subject: "Re: Summit Dental: scheduling integration", at: 16*day + 1*time.Hour, replyTo: "sd2",
		body: "Hannah, yes: Dentrix G6 and later through their API, and we import the older versions nightly. I can show both on a call this week.\n\nJordan"},
	{key: "sd4", folder: "INBOX", from: hannah, to: rep, subject: "Re: Summit Dental: scheduling integration", at: 12*day + 3*time.Hour, replyTo: "sd3",
		body: "Let's do Wednesday at 2pm. What would the cost be for 12 clinics?\n\nHannah"},
	{key: "sd5", folder: "Sent", from: rep, to: hannah, subject: "Re: Summit Dental: scheduling integration", at: 12*day + 1*time.Hour, replyTo: "sd4",
		body: "Wednesday at 2pm is booked. For 12 clinics it is $210 per clinic per month, $30,240 a year, with the first month free.\n\nJordan"},
	{key: "sd6", folder: "INBOX", from: hannah, to: rep, subject: "Re: Summit Dental: scheduling integration", at: 8*day + 2*time.Hour, replyTo: "sd5",
		body: "Thanks. I'm not sure the budget is there this quarter, maybe later. Let me think about it.\n\nHannah"},
	{key: "sd7", folder: "Sent", from: rep, to: hannah, subject: "Re: Summit Dental: scheduling integration", at: 7*day + 4*time.Hour, replyTo: "sd6",
		body: "Understood, Hannah. If it helps, we can start with the 6 Dentrix clinics at $15,120 a year and add the rest next quarter at the same rate.\n\nJordan"},
	{key: "sd8", folder: "Sent", from: rep, to: hannah, subject: "Re: Summit Dental: scheduling integration", at: 3*day + 2*time.Hour, replyTo: "sd7",
		body: "Hi Hannah, just checking in to see if you had a chance to think about the phased start.\n\nJordan"},

	// Crestline: substantive single emails and a question.
	{key: "ce1", folder: "Sent", from: rep, to: omar, subject: "Crestline Energy: field crew dispatch pilot", at: 16*day + 5*time.Hour,
		body: "Hi Omar,\n\nFor the dispatch pilot I propose 25 field technicians for 60 days at no cost, then $29 per technician per month. Our customers cut average drive time by 18 minutes a job.\n\nDoes a kickoff on the 14th work?\n\nJordan"},
	{key: "ce2", folder: "INBOX", from: omar, to: rep, subject: "Re: Crestline Energy: field crew dispatch pilot", at: 15*day + 1*time.Hour, replyTo: "ce1",
		body: "Hi Jordan, the 14th is fine. Who from your side will be there?\n\nOmar"},
	{key: "ce3", folder: "Sent", from: rep, to: omar, subject: "Re: Crestline Energy: field crew dispatch pilot", at: 14*day + 6*time.Hour, replyTo: "ce2",
		body: "Omar, our solutions engineer Dana Park and I. We'll need read access to your work-order export and a list of the 25 technicians.\n\nJordan"},
	{key: "ce4", folder: "Sent", from: rep, to: omar, subject: "Re: Crestline Energy: field crew dispatch pilot", at: 10*day + 2*time.Hour, replyTo: "ce3",
		body: "Hi Omar, week one of the pilot: 212 jobs dispatched, drive time down 14 minutes a job, two technicians still on the old app. Full report attached on Friday.\n\nJordan"},
	{key: "ce5", folder: "Sent", from: rep, to: omar, subject: "Re: Crestline Energy: field crew dispatch pilot", at: 4*day + 5*time.Hour, replyTo: "ce4",
		body: "Hi Omar, just touching base to see how the pilot is going on your end.\n\nJordan"},
	{key: "ce6", folder: "Sent", from: rep, to: omar, subject: "Crestline Energy: renewal terms for Q1", at: 2*day + 2*time.Hour,
		body: "Hi Omar,\n\nAhead of the pilot review: converting all 25 technicians in Q1 keeps the $29 rate for 24 months; at 40 technicians it drops to $26. Which headcount should I quote?\n\nJordan"},

	// Kestrel Freight: an introduction and nudges.
	{key: "kf1", folder: "Sent", from: rep, to: lena, subject: "Kestrel Freight: customs document automation", at: 13*day + 3*time.Hour,
		body: "Hallo Lena,\n\nWe automate the customs documents for EU–UK freight: 9 forms filled from your booking data, filing in under 4 minutes instead of 35. Would a 20-minute call on Monday help you judge it?\n\nJordan"},
	{key: "kf2", folder: "Sent", from: rep, to: lena, subject: "Re: Kestrel Freight: customs document automation", at: 8*day + 4*time.Hour, replyTo: "kf1",
		body: "Hi Lena, just checking in on my note below. Any interest?\n\nJordan"},
	{key: "kf3", folder: "INBOX", from: lena, to: rep, subject: "Re: Kestrel Freight: customs document automation", at: 7*day + 3*time.Hour, replyTo: "kf2",
		body: "Hi Jordan, sorry for the delay. Monday next week at 11:00 works for a short call.\n\nLena"},
	{key: "kf4", folder: "Sent", from: rep, to: lena, subject: "Re: Kestrel Freight: customs document automation", at: 7*day + 1*time.Hour, replyTo: "kf3",
		body: "Lena, Monday at 11:00 is confirmed. I'll show a filing of one of your real UK bookings end to end.\n\nJordan"},
	{key: "kf5", folder: "Sent", from: rep, to: lena, subject: "Re: Kestrel Freight: customs document automation", at: 1*day + 5*time.Hour, replyTo: "kf4",
		body: "Hi Lena, quick reminder of our call on Monday. Looking forward to it!\n\nJordan"},

	// More single sends.
	{key: "bp9", folder: "Sent", from: rep, to: priya, subject: "Depot onboarding plan", at: 18*day + 1*time.Hour,
		body: "Priya,\n\nThe onboarding plan for the three depots: Leeds in week 1, Bristol in week 2, Glasgow in week 3, each with two half-day sessions for up to 15 dispatchers.\n\nJordan"},
	{key: "vf6", folder: "Sent", from: rep, to: marco, subject: "Quick question", at: 10*day + 6*time.Hour,
		body: "Hi Marco, just checking in. Are you the right person to talk to about this?\n\nJordan"},
	{key: "sd9", folder: "Sent", from: rep, to: hannah, subject: "Dentrix import: sample report", at: 11*day + 2*time.Hour,
		body: "Hannah,\n\nHere is a sample report from the nightly Dentrix import: 1,140 appointments across 6 clinics, 0 conflicts, 23 no-shows flagged for reminders.\n\nJordan"},

	// A draft answering the silent Veridian thread.
	{key: "dr1", folder: "Drafts", from: rep, to: marco, subject: "Re: Veridian Foods: cold-chain reporting demo", at: 3 * time.Hour, replyTo: "vf5",
		body: "Hi Marco, just checking in one more time. Would love to hear back!\n\nJordan"},
}

// seed appends the mailbox to u, dated relative to now.
func seed(u *imapmemserver.User, now time.Time) error {
	byKey := map[string]msg{}
	refs := map[string][]string{} // key -> the Message-IDs of its thread so far
	sent := 0
	for _, m := range mailbox {
		var b bytes.Buffer
		date := now.Add(-m.at).Truncate(time.Minute)
		id := m.key + "@" + domain(m.from.email)
		fmt.Fprintf(&b, "Message-ID: <%s>\r\n", id)
		var chain []string
		if m.replyTo != "" {
			parent, ok := byKey[m.replyTo]
			if !ok {
				return fmt.Errorf("%s answers %s, which comes later", m.key, m.replyTo)
			}
			chain = append(append([]string{}, refs[parent.key]...), parent.key+"@"+domain(parent.from.email))
			fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", chain[len(chain)-1], strings.Join(chain, "> <"))
		}
		fmt.Fprintf(&b, "Date: %s\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\n", date.Format(time.RFC1123Z), m.from, m.to, m.subject)
		b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
		b.WriteString(strings.ReplaceAll(m.body, "\n", "\r\n"))
		b.WriteString("\r\n")
		opts := &goimap.AppendOptions{Time: date}
		if m.folder != "Drafts" {
			opts.Flags = []goimap.Flag{goimap.FlagSeen}
		} else {
			opts.Flags = []goimap.Flag{goimap.FlagDraft}
		}
		if _, err := u.Append(m.folder, literal{bytes.NewReader(b.Bytes())}, opts); err != nil {
			return fmt.Errorf("append %s to %s: %w", m.key, m.folder, err)
		}
		byKey[m.key] = m
		refs[m.key] = chain
		if m.folder == "Sent" {
			sent++
		}
	}
	log.Printf("seeded %d messages (%d sent)", len(mailbox), sent)
	return nil
}

func domain(email string) string { return email[strings.LastIndexByte(email, '@')+1:] }

// literal is an IMAP literal read from memory.
type literal struct{ *bytes.Reader }

func (l literal) Size() int64 { return l.Reader.Size() }
