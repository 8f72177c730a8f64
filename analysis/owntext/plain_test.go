package owntext

import (
	"fmt"
	"strings"
	"testing"
)

func TestFromPlain(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "sign-off then name, title and a company ending in Corp.",
			in:   "Dear Ms. Ortega,\n\nWe are still awaiting the executed parent guaranty.\n\nSincerely,\nPriya Natarajan\nCredit Risk Management\nHalvorsen North America Corp.\n(713) 555-4471",
			want: "Dear Ms. Ortega,\n\nWe are still awaiting the executed parent guaranty.",
		},
		{
			name: "bare name block with a company ending in Inc.",
			in:   "The collateral call is due by 2:00 pm today.\n\nPriya Natarajan\nCredit Risk Management\nSmith & Sons, Inc.",
			want: "The collateral call is due by 2:00 pm today.",
		},
		{
			name: "a long contact block without a sign-off (name, department, street, city, e-mail, phone, fax)",
			in:   "Mark - what is the status of the Tenaska agreement?\n\nDebra Perlingiere\nNorth America Legal\n1400 Smith Street, EB 3885\nHouston, Texas 77002\ndperlin@example.com\nPhone 713-555-7658\nFax 713-555-3490",
			want: "Mark - what is the status of the Tenaska agreement?",
		},
		{
			name: "six short lines of names without any contact line are the message",
			in:   "Here is who will be at the site visit on Tuesday:\n\nDebra Perlingiere\nMark Taylor\nSara Shackleton\nTana Jones\nKay Mann\nCarol St Clair",
			want: "Here is who will be at the site visit on Tuesday:\n\nDebra Perlingiere\nMark Taylor\nSara Shackleton\nTana Jones\nKay Mann\nCarol St Clair",
		},
		{
			name: "a sentence ending in Inc. is kept",
			in:   "Thanks,\nwe signed the supply deal with Smith and Sons Inc.",
			want: "Thanks,\nwe signed the supply deal with Smith and Sons Inc.",
		},
		{
			name: "gmail reply with one-line attribution",
			in: "Hi Omar,\r\n\r\nThe pilot can start on May 4.\r\n\r\nBest,\r\nJess\r\n\r\n" +
				"On Mon, Mar 2, 2026 at 9:10 AM Omar Aziz <omar@fleetco.example> wrote:\r\n" +
				"> Thanks for the demo, I'll share it with the team.\r\n>\r\n> Omar\r\n",
			want: "Hi Omar,\n\nThe pilot can start on May 4.",
		},
		{
			name: "gmail wrapped attribution",
			in: "Sounds good, Tuesday 10am works.\n\nOn Tue, Mar 3, 2026 at 4:45 PM Priya Raman <\n" +
				"priya.raman@northwind.example> wrote:\n\n> Can we talk Tuesday?\n",
			want: "Sounds good, Tuesday 10am works.",
		},
		{
			name: "german gmail attribution",
			in:   "Hallo Herr Weber,\n\nanbei das Angebot für 60 Lizenzen.\n\nViele Grüße\nAnna Schmidt\n\nAm Mo., 2. März 2026 um 09:10 Uhr schrieb Klaus Weber <k.weber@beispiel.de>:\n> Bitte schicken Sie uns ein Angebot.\n",
			want: "Hallo Herr Weber,\n\nanbei das Angebot für 60 Lizenzen.",
		},
		{
			name: "french attribution",
			in:   "Bonjour Claire,\n\nLe devis révisé est en pièce jointe.\n\nCordialement,\nMarc\n\nLe lun. 2 mars 2026 à 09:10, Claire Dubois <claire@exemple.fr> a écrit :\n> Pouvez-vous réviser le devis ?",
			want: "Bonjour Claire,\n\nLe devis révisé est en pièce jointe.",
		},
		{
			name: "spanish attribution",
			in:   "Hola Carla, adjunto la cotización actualizada.\n\nEl lun, 2 mar 2026 a las 9:10, Carla Ruiz (<carla@ejemplo.es>) escribió:\n> ¿Nos envía la cotización?",
			want: "Hola Carla, adjunto la cotización actualizada.",
		},
		{
			name: "japanese gmail attribution without verb",
			in:   "田中様\n\n見積書を添付いたします。\n\n2026年3月2日(月) 9:10 Tanaka Hiroshi <tanaka@example.co.jp>:\n> 見積書をお願いします。",
			want: "田中様\n\n見積書を添付いたします。",
		},
		{
			name: "interleaved reply keeps answers",
			in: "On Mon, Mar 2, 2026 at 9:10 AM Omar Aziz <omar@fleetco.example> wrote:\n" +
				"> Does the Team plan include SSO?\n\nYes, SAML with Okta and Azure AD.\n\n> And SCIM?\n\nEnterprise only.\n",
			want: "Yes, SAML with Okta and Azure AD.\n\nEnterprise only.",
		},
		{
			name: "outlook original message",
			in: "Dana,\n\nRevised quote attached: 40 seats at $38.\n\nThanks,\nRob Miller\nAccount Executive | Tallyhq\nM: +1 (312) 555-0199\n\n" +
				"-----Original Message-----\nFrom: Dana Cole <dana@acme.example>\nSent: Monday, March 2, 2026 9:10 AM\nTo: Rob Miller <rob@tallyhq.example>\nSubject: RE: quote\n\nCan you revise the quote?",
			want: "Dana,\n\nRevised quote attached: 40 seats at $38.",
		},
		{
			name: "outlook header block after underscore rule",
			in:   "Hi Lena,\n\nTuesday 10:00 CET works for us.\n\n________________________________\nFrom: Lena Vogt <lena@logistik.example>\nSent: Monday, March 2, 2026 09:10\nTo: Sam Lee <sam@vendor.example>\nCc: Ops <ops@logistik.example>\nSubject: Call\n\nWhen can we talk?",
			want: "Hi Lena,\n\nTuesday 10:00 CET works for us.",
		},
		{
			name: "outlook german header block with bold markers",
			in:   "Guten Tag Frau Berg,\n\ndie Lieferung kommt am Donnerstag.\n\n*Von:* Eva Berg <eva@firma.example>\n*Gesendet:* Montag, 2. März 2026 09:10\n*An:* Tom Kurz <tom@lieferant.example>\n*Betreff:* Lieferung\n\nWann kommt die Lieferung?",
			want: "Guten Tag Frau Berg,\n\ndie Lieferung kommt am Donnerstag.",
		},
		{
			name: "gmail forwarded message",
			in:   "Raj, see the case study below - same returns problem you described.\n\n---------- Forwarded message ---------\nFrom: Kim Park <kim@kestrel.example>\nDate: Mon, Mar 2, 2026 at 9:10 AM\nSubject: Results\nTo: <rep@vendor.example>\n\nWe cut processing time from 11 to 3 minutes.",
			want: "Raj, see the case study below - same returns problem you described.",
		},
		{
			name: "apple forwarded message",
			in:   "FYI - the signed order form.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n> From: Ana <ana@x.example>\n> Subject: Order form\n",
			want: "FYI - the signed order form.",
		},
		{
			name: "thunderbird forwarded and original message",
			in:   "Here is the thread with legal.\n\n-------- Forwarded Message --------\nSubject: \tContract\nDate: \tMon, 2 Mar 2026 09:10:00 +0100\nFrom: \tLegal <legal@x.example>\n\nAll good.",
			want: "Here is the thread with legal.",
		},
		{
			name: "lotus notes forwarded by",
			in:   "Please review the attached term sheet before Friday.\n\n---------------------- Forwarded by John Doe/HOU/ECT on 03/02/2001 10:00 AM ---------------------------\n\nJane Roe\n03/01/2001 04:12 PM\nTo: John Doe/HOU/ECT@ECT\ncc:\nSubject: term sheet\n",
			want: "Please review the attached term sheet before Friday.",
		},
		{
			name: "sig delimiter",
			in:   "The SOC 2 report is attached.\n\n-- \nSam Lee\nSolutions Engineer\nhttps://vendor.example",
			want: "The SOC 2 report is attached.",
		},
		{
			name: "sign-off with name and contact block",
			in:   "Hi Dev,\n\nI wanted to make sure my previous note didn't get lost.\n\nAll the best,\nMaria\n\nMaria Lopez | Account Executive | Brightline\n+1 415 555 0134",
			want: "Hi Dev,\n\nI wanted to make sure my previous note didn't get lost.",
		},
		{
			name: "sign-off on one line with name",
			in:   "Invoice 2211 attached as requested.\n\nCheers, Tom",
			want: "Invoice 2211 attached as requested.",
		},
		{
			name: "thanks that starts a sentence stays",
			in:   "Thanks, got it - I'll send the contract by Friday.",
			want: "Thanks, got it - I'll send the contract by Friday.",
		},
		{
			name: "thanks for sentence stays",
			in:   "Hi Kim,\n\nThanks for the call today. The pilot starts June 1.\n\nBest regards,\nLuis Ortega\nSales Director, Cargoline\nluis@cargoline.example",
			want: "Hi Kim,\n\nThanks for the call today. The pilot starts June 1.",
		},
		{
			name: "message that is only a sign-off stays",
			in:   "Thanks!",
			want: "Thanks!",
		},
		{
			name: "greeting and one word body keep the word",
			in:   "Hi Mark,\n\nConfirmed",
			want: "Hi Mark,\n\nConfirmed",
		},
		{
			name: "mobile footer",
			in:   "Yes, 15 seats is right.\n\nSent from Outlook for iOS",
			want: "Yes, 15 seats is right.",
		},
		{
			name: "german mobile footer",
			in:   "Passt, Donnerstag 14 Uhr.\n\nVon meinem iPhone gesendet",
			want: "Passt, Donnerstag 14 Uhr.",
		},
		{
			name: "legal disclaimer",
			in:   "Attached is the MSA redline.\n\nRegards,\nPaul\n\nCONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s).",
			want: "Attached is the MSA redline.",
		},
		{
			name: "disclaimer without sign-off",
			in:   "See pricing below: $12 per user.\n\nThis e-mail and any attachments may contain confidential information. If you are not the intended recipient, delete it.",
			want: "See pricing below: $12 per user.",
		},
		{
			name: "trailing bare name",
			in:   "Hi Anna,\nWanted to touch base and see where things stand.\n\nLuis",
			want: "Hi Anna,\nWanted to touch base and see where things stand.",
		},
		{
			name: "dash name",
			in:   "Quick one: is the 25,000 units/month for both warehouses?\n\n-Jess",
			want: "Quick one: is the 25,000 units/month for both warehouses?",
		},
		{
			name: "bare question mark",
			in:   "?",
			want: "?",
		},
		{
			name: "only a quote",
			in:   "> quoted\n> more",
			want: "",
		},
		{
			name: "blank runs collapse and trailing spaces go",
			in:   "  \n\nLine one   \n\n\n\nLine two\t\n\n",
			want: "Line one\n\nLine two",
		},
		{
			name: "invalid utf-8",
			in:   "Price \xff is $5",
			want: "Price \uFFFD is $5",
		},
		{
			name: "text that shares its line with the attribution stays",
			in:   "Friday works for us On Thu, Mar 5, 2026 at 8:02 AM Lena Brandt <lena@kestrel.example> wrote:\n> Could we move the review?",
			want: "Friday works for us",
		},
		{
			name: "text and attribution joined by a rule",
			in:   "Signed copy is in the portal.--- On Thu, Mar 5, 2026 at 8:02 AM, lena@kestrel.example wrote:\n> Where is the signed copy?",
			want: "Signed copy is in the portal.",
		},
		{
			name: "gmail date-first attribution wrapped inside the address",
			in:   "Approved on our side.\n\n2026-03-05 08:02 GMT+01:00 Lena Brandt <\nlena.brandt@kestrel.example>:\n\n> Is the order approved?",
			want: "Approved on our side.",
		},
		{
			name: "older gmail attribution without a colon, right above the quote",
			in:   "Yes, 40 seats.\n2026/3/5 Lena Brandt <lena@kestrel.example>\n\n> How many seats?",
			want: "Yes, 40 seats.",
		},
		{
			name: "a date and an address above text that is not quoted stay",
			in:   "Meeting notes:\n2026/3/5 Lena Brandt <lena@kestrel.example>\nAgreed on 40 seats.",
			want: "Meeting notes:\n2026/3/5 Lena Brandt <lena@kestrel.example>\nAgreed on 40 seats.",
		},
		{
			name: "attribution that drops its colon",
			in:   "The pilot starts Monday.\n\nOn Thu, 5 Mar 2026 08:02:11 +0100 Lena Brandt <lena@kestrel.example> wrote\n\nWhen does the pilot start?",
			want: "The pilot starts Monday.",
		},
		{
			name: "attribution between rules (android, zoho)",
			in:   "Invoice corrected.\n\n---- Lena Brandt wrote ----\n\nThe invoice shows the old rate.",
			want: "Invoice corrected.",
		},
		{
			name: "dated attribution between rules",
			in:   "Invoice corrected.\n\n---- On Thu, 05 Mar 2026 08:02:11 +0100 lena@kestrel.example wrote ----\n\nThe invoice shows the old rate.",
			want: "Invoice corrected.",
		},
		{
			name: "dutch apple mail attribution",
			in:   "Akkoord, tot dinsdag.\n\nOp 5 mrt. 2026, om 08:02 heeft Lena Brandt <lena@kestrel.example> het volgende geschreven:\n\nKunnen we dinsdag bellen?",
			want: "Akkoord, tot dinsdag.",
		},
		{
			name: "vietnamese gmail attribution",
			in:   "Đồng ý.\n\nVào 08:02 5 tháng 3, 2026, Lena Brandt <lena@kestrel.example> đã viết:\n\nAnh đồng ý không?",
			want: "Đồng ý.",
		},
		{
			name: "finnish gmail attribution wrapped before the address",
			in:   "Sopii.\n\nto 5. maalisk. 2026 klo 8.02 Lena Brandt\n<lena@kestrel.example> kirjoitti:\n\nSopiiko torstai?",
			want: "Sopii.",
		},
		{
			name: "a finished sentence with a figure is not the start of an attribution",
			in:   "The price is $40 per seat.\nLena Brandt <lena@kestrel.example> wrote:\n> What is the price?",
			want: "The price is $40 per seat.",
		},
		{
			name: "danish original-message rule",
			in:   "Tak, vi ses.\n\n-------- Oprindelig besked --------\nFra: Lena Brandt <lena@kestrel.example>\nEmne: Møde",
			want: "Tak, vi ses.",
		},
		{
			name: "reply-message rule",
			in:   "Done.\n\n-----Reply Message-----\nFrom: Lena\nPlease send the file by Friday.",
			want: "Done.",
		},
		{
			name: "quoted lines a client wrapped without the marker",
			in:   "Agreed.\n\nOn Thu, Mar 5, 2026 at 8:02 AM Lena <lena@kestrel.example> wrote:\n> We can take a d\necision on Friday once legal has\n> read the draft, and send the\nsigned copy after.\n>",
			want: "Agreed.",
		},
		{
			name: "an answer typed between quoted lines stays",
			in:   "> Can you do Tuesday?\nYes, Tuesday at 10.\n> And the price?\n$40 per seat.",
			want: "Yes, Tuesday at 10.\n$40 per seat.",
		},
		{
			name: "localized outlook mobile footer",
			in:   "Le devis est validé.\n\nEnvoyé à partir de Outlook pour iOS<https://aka.ms/o0ukef>\n________________________________\nDe : Lena Brandt\nEnvoyé : jeudi 5 mars 2026 08:02\nÀ : Marc\nObjet : Devis",
			want: "Le devis est validé.",
		},
		{
			name: "signature block under a rule of long dashes",
			in:   "Thanks for the update!\n\nCheers 🎉\nSarah\n\n—————\nSarah Lindqvist\nProduct Manager\n📧 sarah@kestrel.example\n📱 +1 555 0100 123",
			want: "Thanks for the update!",
		},
		{
			name: "a dash and a name right under the text sign it",
			in:   "The contact list is attached.\n--Sally",
			want: "The contact list is attached.",
		},
		{
			name: "a list of dashed names is no signature",
			in:   "Who is coming:\n-Mark\n-Sally",
			want: "Who is coming:\n-Mark\n-Sally",
		},
		{
			name: "a line holding only a mail-tracking mark",
			in:   "Sounds good, see you at 3.\n\n\u1427\n",
			want: "Sounds good, see you at 3.",
		},
		{
			name: "a forward marker in bold",
			in:   "See below.\n\n*-------- Original Message --------*\nSubject: renewal\n\nWe will renew.",
			want: "See below.",
		},
		{
			name: "an attribution spread over blank lines (Polymail)",
			in:   "Friday works.\n\nOn Thu, Mar 12, 2026 at 4:40 PM Lena Brandt\n\n<\nmailto:Lena Brandt <lena@kestrel.example>\n> wrote:\nCan we meet Friday?\n",
			want: "Friday works.",
		},
		{
			name: "a dated sentence with blank lines below is not spread",
			in:   "On Thu, Mar 12 at 4:40 PM we go live\n\nThe team wrote:\n\nall green",
			want: "On Thu, Mar 12 at 4:40 PM we go live\n\nThe team wrote:\n\nall green",
		},
		{
			name: "on monday in a sentence is not an attribution",
			in:   "On Monday we can walk through the rollout.\nThe team wrote: nothing yet",
			want: "On Monday we can walk through the rollout.\nThe team wrote: nothing yet",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromPlain(tt.in); got != tt.want {
				t.Errorf("FromPlain() =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// Outlook writes the quoted message's header block in the language of the
// reader's install; each of these ends the own text, and Quoted names the
// sender from its first field.
func TestHeaderBlockLocales(t *testing.T) {
	const own = "The signed order form is attached."
	blocks := map[string][]string{
		"Finnish":    {"Lähettäjä: Aino Laine <aino@saimaa.example>", "Lähetetty: torstai 5. maaliskuuta 2026 8.02", "Vastaanottaja: Marc", "Aihe: Tilaus"},
		"Czech":      {"Od: Eva Horáková <eva@vltava.example>", "Odesláno: čtvrtek 5. března 2026 8:02", "Komu: Marc", "Předmět: Objednávka"},
		"Hungarian":  {"Feladó: Tóth Réka <reka@duna.example>", "Elküldve: 2026. március 5., csütörtök 8:02", "Címzett: Marc", "Tárgy: Rendelés"},
		"Turkish":    {"Kimden: Elif Kaya <elif@bogaz.example>", "Gönderildi: 5 Mart 2026 Perşembe 08:02", "Kime: Marc", "Konu: Sipariş"},
		"Greek":      {"Από: Ελένη <eleni@aigaio.example>", "Στάλθηκε: Πέμπτη, 5 Μαρτίου 2026 8:02 π.μ.", "Προς: Marc", "Θέμα: Παραγγελία"},
		"Romanian":   {"De la: Ioana Radu <ioana@carpati.example>", "Trimis: joi, 5 martie 2026 08:02", "Către: Marc", "Subiect: Comandă"},
		"Ukrainian":  {"Від: Ірина <iryna@dnipro.example>", "Надіслано: 5 березня 2026 р. 8:02", "Кому: Marc", "Тема: Замовлення"},
		"Indonesian": {"Dari: Putri <putri@toba.example>", "Dikirim: Kamis, 5 Maret 2026 08.02", "Kepada: Marc", "Subjek: Pesanan"},
		"Vietnamese": {"Từ: Hoa <hoa@halong.example>", "Đã gửi: Thứ Năm, 5 tháng 3, 2026 8:02", "Đến: Marc", "Chủ đề: Đơn hàng"},
		"Hebrew":     {"\u200fמאת: נועה <noa@kinneret.example>", "\u200fנשלח: יום חמישי 5 מרץ 2026 08:02", "\u202bאל: Marc\u202c", "\u202bנושא: הזמנה\u202c"},
		"Arabic":     {"من: ليلى <layla@nil.example>", "تاريخ الإرسال: الخميس، 5 مارس 2026 08:02", "إلى: Marc", "الموضوع: طلب"},
		"Thai":       {"จาก: มาลี <malee@chao.example>", "ส่ง: 5 มีนาคม 2026 08:02", "ถึง: Marc", "เรื่อง: คำสั่งซื้อ"},
		"Korean":     {"보낸 사람: 박서연 <seoyeon@han.example>", "보낸 날짜: 2026년 3월 5일 목요일 오전 8:02", "받는 사람: Marc", "제목: 주문"},
		"Taiwanese":  {"寄件者: 陳怡君 <yijun@tamsui.example>", "寄件日期: 2026年3月5日 上午 08:02", "收件者: Marc", "主旨: 訂單"},
		"French webmail, under a rule": {"========================================", "", "Message du : 05/03/2026 08:02",
			"De : \"Chloé Petit\" <chloe@loire.example>", "A : marc@ours.example", "Copie à :", "Sujet : Commande"},
	}
	for name, b := range blocks {
		t.Run(name, func(t *testing.T) {
			in := own + "\n\n" + strings.Join(b, "\n") + "\n\nCould you send the signed order form?\n"
			if got := FromPlain(in); got != own {
				t.Errorf("FromPlain() = %q, want %q", got, own)
			}
			if q := Quoted(in); !strings.Contains(q.From, ".example>") || q.Text != "Could you send the signed order form?" {
				t.Errorf("Quoted() = %+v, want the sender's address and the quoted question", q)
			}
		})
	}
	// Two lines that look like fields, and none of them a sender or a date,
	// are the author's own.
	notes := "Konu: fiyat listesi\nKime: satın alma ekibi"
	if got := FromPlain(notes); got != notes {
		t.Errorf("FromPlain(%q) = %q", notes, got)
	}
}

// Attributions whose verb is not at the end, or that hide behind direction
// marks, end the own text like "On … wrote:" does, on one line or wrapped.
func TestAttributionForms(t *testing.T) {
	const own = "The pilot can start on the 14th."
	forms := map[string]string{
		"Hungarian Gmail, date after the verb": "Kovács Bence <bence@tisza.example> ezt írta (időpont: 2026. márc. 12., Cs, 16:40):",
		"Croatian Gmail":                       "čet, 12. ožu 2026. u 16:40 Ana Perić <ana@jadran.example> napisala je:",
		"Hebrew Gmail with direction marks":    "\u202bבתאריך יום ה׳, 12 במרץ 2026 ב-16:40 מאת \u202aTal Levi\u202c\u200f <\u202atal@galil.example\u202c\u200f>:\u202c",
		"Japanese Apple Mail":                  "2026/03/12 16:40、Sato Ken <ken@fuji.example>のメール:",
		"German Thunderbird, verb first":       "Am 12.03.26 um 16:40 schrieb Jonas Weber:",
		"Dutch Thunderbird, verb first":        "Op 12-03-2026 om 16:40 schreef Daan de Vries:",
		"German Yahoo":                         "Am Donnerstag, 12. März 2026, 16:40:05 MEZ hat Jonas Weber <jonas@rhein.example> Folgendes geschrieben:",
		"German Gmail for Android, date last":  "Jonas Weber <jonas@rhein.example> schrieb am Do., 12. März 2026 um 16:40 Uhr:",
		"French Gmail for Android, date last":  "Chloé Petit <chloe@loire.example> a écrit le jeu. 12 mars 2026 à 16:40 :",
	}
	for name, a := range forms {
		for _, wrapped := range []bool{false, true} {
			attr := a
			if wrapped {
				if k := strings.LastIndex(a[:len(a)/2+8], " "); k > 0 {
					attr = a[:k] + "\n" + a[k+1:]
				}
			}
			t.Run(fmt.Sprintf("%s wrapped=%v", name, wrapped), func(t *testing.T) {
				in := own + "\n\n" + attr + "\n> When can the pilot start?\n>\n> Thanks\n"
				if got := FromPlain(in); got != own {
					t.Errorf("FromPlain() = %q, want %q", got, own)
				}
				if q := Quoted(in); q.Text != "When can the pilot start?" {
					t.Errorf("Quoted().Text = %q", q.Text)
				}
			})
		}
	}
	// The same words in the author's own sentences are no attribution.
	for _, in := range []string{
		"Am 3. März schrieb ich Ihnen:\ndie Lieferung kommt am Freitag.",
		"Here is what I wrote (in the 2026 plan):\nthe pilot starts on the 14th.",
	} {
		if got := FromPlain(in); got != in {
			t.Errorf("FromPlain(%q) = %q", in, got)
		}
	}
}

// The sign-off is the closing line and the name under it, without titles,
// contact details, quotes or footers; a message without one has none.
func TestSignOff(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Hi Mark,\n\nThe quote is attached.\n\nBest,\nJess", "Best,\nJess"},
		{"Hi Mark,\n\nThe quote is attached.\n\nCheers, Jess\nAccount Executive | Brightline\n+1 415 555 0134", "Cheers, Jess"},
		{"Hi Mark,\n\nThe quote is attached.\n\nThanks!\nJess Lee\nAccount Executive\nBrightline", "Thanks!\nJess Lee"},
		{"Hallo Herr Weber,\n\nanbei das Angebot.\n\nMit freundlichen Grüßen\nAnna Schmidt\n\n-- \nAnna Schmidt | Vertrieb", "Mit freundlichen Grüßen\nAnna Schmidt"},
		{"Sounds good, see you then.\n\nBest,\nJess\n\nOn Tue, Mar 3, 2026 at 9:12 AM Mark <mark@x.com> wrote:\n> Best,\n> Mark", "Best,\nJess"},
		{"Best,\nJess\nSent from my iPhone", ""},               // nothing above it: the sign-off is the text
		{"Hi Mark,\n\nThe quote is attached.\n\nJess", "Jess"}, // signed with the name alone
		{"Hi Mark,\n\nThe quote is attached.\n\nMaria Lopez | AE | Brightline\n+1 415 555 0134", ""},
		{"Hi Mark,\n\nThanks for the call.", ""},
		{"The contact list is attached.\n--Sally", "--Sally"},
		{"Thanks for the update!\n\nCheers 🎉\nSarah\n\n—————\nSarah Lindqvist\nProduct Manager", "Cheers 🎉\nSarah"},
		{"Sounds good, see you at 3.\n\nBest,\nJess Lee\nAccount Executive\n\u1427", "Best,\nJess Lee"}, // a tracking mark under it
	} {
		if got := Plain(c.body).SignOff; got != c.want {
			t.Errorf("%q: sign-off %q, want %q", c.body, got, c.want)
		}
		if own := Plain(c.body).Own; c.want != "" && strings.Contains(own, c.want) {
			t.Errorf("%q: the sign-off stays in the own text %q", c.body, own)
		}
	}
	if got := HTML("<p>Hi Mark,</p><p>The quote is attached.</p><p>Best,<br>Jess</p><div class=\"gmail_signature\">Jess Lee | AE</div>").SignOff; got != "Best,\nJess" {
		t.Errorf("HTML sign-off %q", got)
	}
}
