# Adds general business mail to train.jsonl: the hand-written rows of
# general.txt (=== T|S | subject blocks, see parse_blocks.py) and rows
# composed (fixed seed) from content-only paragraphs wrapped in check-in
# phrasing and pleasantries (substantive), and from long friendly wrappers
# around a nudge with nothing new (touching_base). Rerun it after editing:
#   python3 general.py   (rewrites the gen-* rows of train.jsonl)
import json, random
from parse_blocks import parse
random.seed(20260511)

greet = ["Hi {n},", "{n},", "Hello {n},", "Dear {n},", "Hi {n} -", "Good morning {n},", "", "", "Team,", "All,"]
names = ["Ruth", "Kelvin", "Ana", "Bert", "Cyril", "Delia", "Emeka", "Fiona", "Gustav", "Hiro", "Isla", "Jakob",
         "Kemal", "Lorna", "Moses", "Nell", "Otto", "Priscilla", "Reza", "Selma", "Tariq", "Ulla", "Vik", "Wanda"]
sign = ["", "\n\nThanks,\nDrew", "\n\nRegards,\nP. Lambert", "\n\nBest,\nNoor", "\n\n- Max", "\n\nThanks\nJ.", "\n\nCheers,\nBea", "\n\nKind regards,\nMr. Osei"]
topics = ["the draft", "the memo", "the plan", "the schedule", "the proposal", "the contract", "the request",
          "my last note", "the application", "the documents", "the review", "the report", "the agreement", "the invoice"]
# Openers and closers that use check-in phrasing; around real content the
# message is still substantive.
open_checkin = ["Any thoughts? ", "Just a reminder: ", "Following up on our conversation - ", "Checking in with an update. ",
                "Circling back on this. ", "Quick follow-up: ", "Touching base on {t}. ", "Status of {t}: ",
                "Following up on {t}. ", "Just wanted to let you know: ", "Per my last email, ", "As a reminder, ",
                "", "", "", ""]
close_checkin = ["", "", "", " Let me know your thoughts.", " Any thoughts?", " Let me know what you think.",
                 " Let me know if you have any questions.", " Happy to discuss.", " Thanks in advance.",
                 " Let me know if this works.", " Hope that helps."]
content = [
    "I've decided to keep the old process for the branches until the new system has run cleanly at headquarters for a full cycle. The branches have the least support, and I don't want them to be the ones who find the bugs.",
    "Legal reviewed the indemnity language and is comfortable with it, but they want the confidentiality clause to survive termination. Please add that before you send it back.",
    "The root cause was a permissions change made during the upgrade. We've reverted it and added a review step for any change to user roles.",
    "We should stop sending the daily report to the whole department. Most people never open it. Send it to the managers and put a copy on the intranet for anyone else.",
    "I talked to the customer's controller. They are not disputing the work, only the timing of the invoice, which they need to fall in their next budget period. I told her we'd reissue it with the later date.",
    "Please use the new expense categories from now on. Travel and client entertainment are separate now, and the system will reject reports that mix them.",
    "My concern with the vendor's plan is that it assumes our staff will be available full time during the implementation. They won't be; it's our busiest season. We need either a later start or more of their people on site.",
    "The committee approved the policy with one change: managers can grant exceptions, but each one has to be logged and reviewed at the end of the quarter.",
    "I'd rather we hire one experienced person than two juniors. The juniors would need someone to train them, and that someone would be me.",
    "The landlord will repaint and replace the carpet before we move in, but the kitchen upgrade is on us. I think it's still the better building.",
    "Operations can support the new route, but only if the trucks leave the depot earlier. That means the loading crew has to start before the sun is up, which the union will want to discuss.",
    "We lost the tender. The customer told me our solution was the best technically, but the other bidder offered to take on the existing staff, which mattered more to them. Worth remembering for the next one.",
    "Please route all press questions about the incident to corporate communications. Nobody else should comment, even informally.",
    "I've gone through the candidates. Two are worth interviewing; the rest don't have the regulatory background the role needs. I've asked HR to schedule them.",
    "The client wants the workshop moved to their office rather than ours. That's fine, but we'll need to bring our own equipment, since their rooms don't have projectors.",
    "I think the proposal undersells our support. The customers who renew all mention the support team, and we bury it on the last page. Move it up front.",
    "The new supplier passed the quality audit with minor findings. None of them stop us from placing the first order, but they must be closed before we increase volume.",
    "We need to decide whether to repair the old forklift or replace it. Repair keeps it running for another year at most. I'd replace it.",
    "I spoke with the bank. They will extend the facility on the same terms if we provide audited statements before the renewal date, which should be no problem.",
    "The team agreed to move the stand-up to the afternoon so the people in the western office can attend. It starts next week.",
    "I've looked at the complaint. The customer was told the wrong delivery window by our call center. I've called her to apologize and arranged a priority delivery.",
    "Their counsel rejected our changes to the limitation of liability but accepted everything else. I suggest we accept their wording on liability in exchange for a shorter payment term.",
    "Going forward, please don't approve purchase orders that arrive without a quote attached. Finance can't match the invoices later.",
    "The pilot showed that the new scheduling tool saves the planners a lot of manual work, but the drivers found the mobile screens confusing. We'll fix the screens before rolling it out.",
    "I'm not in favor of the early payment discount. Our cash position is fine, and the discount costs more than our borrowing rate.",
    "The auditors asked why the reserve went down. The answer is that two large claims were settled below what we had reserved. I've written that up for them with the settlement letters attached.",
    "Our recommendation is to delay the price change until after the renewal season. Changing it now would force every renewing customer into a negotiation.",
    "Please make sure the visitors sign the confidentiality agreement at reception before they go onto the production floor. Last time two of them skipped it.",
    "IT will replace the laptops in the finance team first, since theirs are the oldest and they run the heaviest spreadsheets. Other teams follow after the close.",
    "I reviewed the safety report. The near misses are almost all at the loading dock during shift change, when two crews are working at once. Let's stagger the shift change.",
    "We can't take the project on our current staffing. If the client wants it this year, we need to bring in contractors, and the client should know that the cost will be higher.",
    "The training for the new system is mandatory for everyone who approves invoices. Sessions are in the big conference room; sign up on the intranet.",
    "I don't think we should answer the complaint in writing yet. A call from you would do more, and anything written will be forwarded to their lawyer.",
    "The database team confirmed the backup can be restored to the new servers. We tested it over the weekend and it worked, though slower than expected.",
    "The customer wants a single invoice for all their sites instead of one per site. Our billing system can do that if we set up a parent account. I'll ask billing to set it up.",
    "Engineering found that the failures only happen with the older firmware. We'll push the update to all units and ask the customer to restart them overnight.",
    "My view is that we should keep the office open on Fridays but make attendance optional. People who need quiet time can come in, and nobody is forced to commute.",
    "The board asked for a clearer explanation of the write-off. They want to know why we didn't see it coming, not just the accounting treatment. Can you add a paragraph on that?",
    "I've moved the review meeting to next week so the regional managers can attend in person. They asked for it and I think they're right.",
    "Our insurer will only renew if we install sprinklers in the storage area. I've asked facilities for estimates; it's not optional.",
]
pleasant = ["I hope you're doing well.", "Hope all is well on your end.", "I hope you had a nice weekend.",
            "I know things are busy right now.", "I completely understand if this slipped down the list.",
            "No rush at all.", "I really appreciate your time.", "Thanks so much in advance.",
            "I hope the new quarter is off to a good start.", "I don't want to be a bother.",
            "I'm sure you have a lot on your plate.", "I hope the trip went well."]
nudge = ["I just wanted to follow up on {t} and see if there's any update.", "Just checking in on {t}.",
         "I wanted to circle back on {t} and see where things stand.", "Did you get a chance to look at {t}?",
         "Just a gentle reminder about {t}.", "I'm following up on my previous email about {t}.",
         "Any thoughts on {t}?", "Just bumping {t} to the top of your inbox.", "Could you let me know the status of {t}?",
         "I haven't heard back about {t}, so I wanted to touch base.", "Any news on {t}?",
         "Wanted to see if you had any feedback on {t}."]
tail = ["Please let me know when you have a moment.", "Looking forward to hearing from you.", "Let me know either way.",
        "Happy to answer any questions.", "Whenever you get a chance, let me know.", "Thanks again.",
        "I'd be grateful for a reply when convenient.", "Let me know your thoughts."]

def wrap(body, n):
    g = random.choice(greet).format(n=n)
    s = random.choice(sign)
    return (g + "\n\n" if g else "") + body + s

rows = []
for i, (c) in enumerate(content * 5):
    n = random.choice(names)
    t = random.choice(topics)
    o = random.choice(open_checkin).format(t=t)
    body = o + c + random.choice(close_checkin)
    if random.random() < 0.3:
        body = random.choice(pleasant) + " " + body
    if random.random() < 0.25:
        body += "\n\n" + random.choice(content)
    rows.append(({"subject": "Re: " + t.replace("the ", "").replace("my ", ""), "body": wrap(body, n), "label": "substantive"}, "composed-general: content with check-in phrasing"))
for i in range(90):
    n = random.choice(names)
    t = random.choice(topics)
    parts = random.sample(pleasant, random.choice([0, 1, 2, 3])) + [random.choice(nudge).format(t=t)]
    random.shuffle(parts[:-1])
    parts += random.sample(tail, random.choice([0, 1, 2]))
    body = " ".join(parts)
    rows.append(({"subject": "Re: " + t.replace("the ", "").replace("my ", ""), "body": wrap(body, n), "label": "touching_base"}, "composed-general: friendly wrapper, nothing new"))

hand = parse("general.txt", "x")
old = [json.loads(l) for l in open("train.jsonl", encoding="utf-8") if l.strip()]
old = [r for r in old if not r["id"].startswith("gen-")]
out = []
k = 0
for r in hand:
    k += 1
    r["id"] = "gen-%04d" % k
    r["note"] = "general business"
    out.append(r)
for r, note in rows:
    k += 1
    out.append({"id": "gen-%04d" % k, "subject": r["subject"], "body": r["body"], "label": r["label"], "note": note})
with open("train.jsonl", "w", encoding="utf-8") as f:
    for r in old + out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(old), "kept,", len(out), "general rows")
