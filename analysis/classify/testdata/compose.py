import random
random.seed(20260323)
greet = ["Hi {n},", "Hey {n},", "Hello {n},", "{n},", "Hi {n} -", "Good morning {n},", ""]
names = ["Aiko","Ben","Carla","Dmitri","Erin","Farid","Gita","Hugo","Ines","Jonas","Kara","Leo","Mina","Nils","Olu","Pia","Quinn","Rosa","Stefan","Tess","Umar","Vera","Wen","Yusuf","Zara"]
topics = ["proposal","quote","order form","contract","pilot","renewal","pricing","SOW","security questionnaire","demo","deck","trial","MSA","business case","implementation plan"]
sign = ["", "\n\nThanks,\nAlex", "\n\nBest,\nJordan", "\n\nCheers,\nSam", "\n\nRegards,\nM. Fischer", "\n\n- Lee"]
nudge_open = ["Just checking in", "Following up", "Circling back", "Wanted to touch base", "Quick follow-up", "Checking back in", "Just following up", "Bumping this", "Touching base", "Following up on my last email"]
nudge_tail = [
 " on the {t}. Any update?",
 " to see if you had a chance to review the {t}.",
 " on the {t} - let me know your thoughts.",
 " regarding the {t}. Is this still a priority for you?",
 " on the {t} I sent over. Happy to answer any questions.",
 " - did you get a chance to look at the {t}?",
 ". Any news on the {t}?",
 " on the {t}. Let me know where things stand when you get a moment.",
 " to make sure the {t} didn't get lost in your inbox.",
 " on my note about the {t}. Would love to hear what you think.",
]
payload = [
 "finance approved {a} seats at ${p}/seat, so you can start without the annual commitment.",
 "we can now offer the {t} at {d}% off if you sign before {m} {day}.",
 "our engineers confirmed the NetSuite connector supports multi-currency; setup takes about 2 hours.",
 "the {t} now includes onboarding for {a} users at no extra cost.",
 "legal accepted your change to the payment terms (net 45), so the {t} is ready to sign.",
 "I've attached a one-page summary of how Bayline cut returns handling from 9 to 2 days.",
 "the updated {t} is attached with the Denver site removed; total is now ${k},{z}00/year.",
 "would {wd} at {h}:00 or {wd2} at {h2}:30 work for a 15-minute call to settle the rollout order?",
 "the price increase we discussed moves to {m} 1, so your current {t} stays valid until then.",
 "the bulk import you asked about shipped in this week's release - docs here: https://docs.vendor.example/import",
 "our SOC 2 Type II report is attached, along with answers to sections 4-6 of your questionnaire.",
 "I spoke with our CFO and we can split the first-year invoice into {q} quarterly payments.",
 "the shipment left our warehouse this morning; ETA at your dock is {wd} before noon.",
 "your trial usage shows {a} active users but no one set up alerts - I can run a 20-minute session {wd} at {h}.",
 "to size this correctly: is the {a},000 units/month figure for both plants or only Monterrey?",
 "what would you suggest we do to move the {t} forward from here?",
 "I'll have the revised {t} with the 3-year option to you by {wd}.",
 "we hired a dedicated support lead for your region, so response times drop from 8 to 2 hours.",
 "the {t} now reflects {a} licenses instead of {b}, per your note on headcount.",
 "Ridgeway Freight agreed to a reference call - Dana is free {wd} afternoon.",
]
wds = ["Monday","Tuesday","Wednesday","Thursday","Friday","Tue","Thu"]
months = ["April","May","June","July","March"]
def fill(s):
    return s.format(t=random.choice(topics), a=random.randint(5,90), b=random.randint(91,200), p=random.choice([19,29,35,42,55,79]), d=random.choice([5,8,10,12,15]), m=random.choice(months), day=random.randint(2,28), k=random.randint(12,95), z=random.randint(1,9), wd=random.choice(wds), wd2=random.choice(wds), h=random.choice([9,10,11,14,15,16]), h2=random.choice([9,10,13,14,15]), q=random.choice([2,3,4]))
def greeting():
    g = random.choice(greet).format(n=random.choice(names))
    return (g + ("\n\n" if random.random()<0.5 else " ")) if g else ""
out = []
for k in range(130):
    op = random.choice(nudge_open)
    body = greeting() + op + fill(random.choice(nudge_tail)) + random.choice(["", "", " Thanks!", " Happy to help however I can."]) + random.choice(sign)
    subj = random.choice(["Re: " + random.choice(topics), op, "Following up", "Re: next steps"])
    thread = None
    if random.random() < 0.35:
        n = random.randint(1,3)
        thread = [{"direction":"out","date":"2026-02-%02dT10:00:00Z" % (2+7*j),"body":"Hi, " + fill("the {t} is attached: {a} seats at ${p}/seat.") if j==0 else "Just checking in on the " + random.choice(topics) + "."} for j in range(n)]
    out.append(("touching_base", subj, body, thread, "composed nudge"))
for k in range(130):
    op = random.choice(nudge_open + ["Quick update", "One update", "Good news", "Heads-up"])
    pl = fill(random.choice(payload))
    sep = random.choice([" - ", ": ", ". ", " with an update: "])
    body = greeting() + op + sep + (pl[0].upper()+pl[1:] if sep in (". ",) else pl) + random.choice(["", "", " Let me know if you have any questions.", " Thoughts?"]) + random.choice(sign)
    subj = random.choice(["Re: " + random.choice(topics), op, "Update"])
    thread = None
    if random.random() < 0.3:
        thread = [{"direction":"out","date":"2026-02-02T10:00:00Z","body":"Hi, the proposal is attached."},{"direction":"out","date":"2026-02-09T10:00:00Z","body":"Just checking in on the proposal."}]
    out.append(("substantive", subj, body, thread, "composed: nudge opener carrying content"))
questions = [("Does it integrate with SAP?", ["Yes, through our certified SAP connector - it syncs orders every 15 minutes.", "It does, via the standard IDoc interface.", "Not natively yet; most customers use the REST API, and SAP support is planned for Q3."]),
 ("What's the minimum contract length?", ["12 months, billed annually or quarterly.", "Twelve months - but we can do a 3-month pilot first.", "One year. Month-to-month is available at a 15% premium."]),
 ("Can we add users mid-year?", ["Yes, prorated to your renewal date.", "Sure - new seats are prorated, no minimum."]),
 ("Who owns the data if we leave?", ["You do. We export everything as CSV within 30 days of termination.", "Your company owns it; the export is free."]),
 ("Is training included?", ["Yes, two live sessions plus the on-demand academy.", "The admin course is included; end-user training is $1,200 per session."]),
 ("When could we go live?", ["Realistically 3 weeks after signature.", "If we sign by the 15th, April 1 is doable."]),
]
for k in range(40):
    q, answers = random.choice(questions)
    a = random.choice(answers)
    body = greeting() + a + random.choice(["", " Happy to walk through it.", " Let me know if that helps!"]) + random.choice(sign)
    thread = [{"direction":"out","date":"2026-03-02T10:00:00Z","body":"Hi, pricing summary attached."},{"direction":"in","date":"2026-03-03T10:00:00Z","body":"Thanks. " + q}]
    out.append(("substantive", "Re: pricing", body, thread, "composed: short answer to the customer's question"))
for k in range(30):
    q, _ = random.choice(questions)
    body = greeting() + random.choice(["Just checking in - any update?", "Following up on this. Any thoughts?", "Circling back here.", "Any news on your side?", "Bumping this to the top of your inbox."]) + random.choice(sign)
    thread = [{"direction":"in","date":"2026-03-01T10:00:00Z","body":"Thanks. We'll review internally."},{"direction":"out","date":"2026-03-03T10:00:00Z","body":"Great, " + fill("the {t} is attached.")}]
    out.append(("touching_base", "Re: " + random.choice(topics), body, thread, "composed: nudge after the customer went quiet"))
att_bodies_s = ["Here you go.", "See attached.", "Updated version attached.", "Attached, as promised.", "Signed copy attached.", "Here's the {t} we discussed.", "The {t} is attached - pages 2-3 cover your questions.", "Please find the revised {t} attached.", "Attached.", "As requested."]
att_names = ["quote-v3.pdf", "Order_Form_signed.pdf", "SOC2_Type2_2025.pdf", "pricing.xlsx", "rollout-plan.docx", "case-study-bayline.pdf", "MSA_redline.docx", "invoice-4471.pdf"]
for k in range(30):
    body = greeting() + fill(random.choice(att_bodies_s)) + random.choice(sign)
    out.append(("substantive", "Re: " + random.choice(topics), body, None, "composed: attachment carries the content", [{"name": random.choice(att_names), "type": "application/pdf", "size": random.randint(20000, 900000)}]))
for k in range(8):
    body = greeting() + random.choice(["Re-attaching the {t} in case it got buried. Any update?", "Attaching the {t} again - did you get a chance to look?", "Sending this again. Any thoughts?"]).format(t=random.choice(topics)) + random.choice(sign)
    thread = [{"direction":"out","date":"2026-02-02T10:00:00Z","body":"Hi, the proposal is attached."}]
    out.append(("touching_base", "Re: proposal", body, thread, "composed: the same material re-sent with a nudge", [{"name": "proposal.pdf", "type": "application/pdf", "size": 120000}]))
for k in range(14):
    q, _ = random.choice(questions)
    body = greeting() + random.choice(["Just checking in!", "Following up on this - any update?", "Circling back. Thoughts?", "Any news on your side?", "Just wanted to touch base.", "Did you get a chance to look at the proposal?", "Bumping this."]) + random.choice(sign)
    thread = [{"direction":"out","date":"2026-03-02T10:00:00Z","body":"Hi, pricing summary attached."},{"direction":"in","date":"2026-03-03T10:00:00Z","body":"Thanks. " + q}]
    out.append(("touching_base", "Re: pricing", body, thread, "composed: nudge that ignores the customer's question"))
