package demo

// The words of the demo quarter. Every template is written for Dialtone;
// {name} is the customer's first name, {org} their company, {me} the rep,
// {n}, {d}, {p}, {day} and {time} are filled from the generator's random
// stream.

var orgNames = []struct{ name, domain string }{
	{"Acme Logistics", "acmelogistics.com"}, {"Bluefin Health", "bluefinhealth.io"},
	{"Cobalt Retail", "cobaltretail.com"}, {"Driftwood Foods", "driftwoodfoods.com"},
	{"Ember Energy", "emberenergy.co"}, {"Fathom Marine", "fathommarine.com"},
	{"Granite Insurance", "graniteins.com"}, {"Harbor Freightways", "harborfreightways.com"},
	{"Ironclad Security", "ironcladsec.com"}, {"Juniper Schools", "juniperschools.org"},
	{"Keystone Dental", "keystonedental.com"}, {"Lumen Optics", "lumenoptics.de"},
	{"Meridian Travel", "meridiantravel.com"}, {"Northstar Credit", "northstarcredit.com"},
	{"Orchard Farms", "orchardfarms.com"}, {"Pinnacle Staffing", "pinnaclestaffing.com"},
	{"Quarry Analytics", "quarryanalytics.ai"}, {"Redwood Clinics", "redwoodclinics.org"},
	{"Summit Outdoor", "summitoutdoor.com"}, {"Tidewater Ports", "tidewaterports.com"},
	{"Umber Architects", "umberarch.com"}, {"Vantage Media", "vantagemedia.tv"},
	{"Willow Pharmacy", "willowrx.com"}, {"Xeno Biotech", "xenobio.com"},
	{"Yellowpine Lumber", "yellowpine.ca"}, {"Zephyr Airlines", "zephyrair.com"},
	{"Atlas Manufacturing", "atlasmfg.com"}, {"Beacon Legal", "beaconlegal.com"},
	{"Cedar Hotels", "cedarhotels.com"}, {"Delta Robotics", "deltarobotics.io"},
	{"Evergreen Bank", "evergreenbank.com"}, {"Foxglove Cosmetics", "foxglove.co.uk"},
	{"Golden Gate Games", "gggames.com"}, {"Helix Telecom", "helixtel.com"},
	{"Indigo Fashion", "indigofashion.fr"}, {"Jetstream Couriers", "jetstreamcouriers.com"},
	{"Kestrel Drones", "kestreldrones.com"}, {"Larkspur Realty", "larkspurrealty.com"},
}

// Independent consultants on free-mail addresses: each is an organization of one.
var freelancers = []struct{ first, last, email string }{
	{"Dana", "Whitfield", "dana.whitfield.consulting@gmail.com"},
	{"Marco", "Bellini", "marco.bellini@outlook.com"},
}

var firstNames = []string{
	"Mark", "Priya", "Tom", "Anna", "Luis", "Grace", "Omar", "Hannah", "Wei", "Fatima",
	"Daniel", "Sofia", "Kenji", "Rachel", "Ahmed", "Elena", "Marcus", "Chloe", "Ravi", "Julia",
	"Noah", "Ingrid", "Samuel", "Aisha", "Lukas", "Maya", "Ethan", "Zoe", "Tariq", "Nina",
}

var lastNames = []string{
	"Sullivan", "Patel", "Nguyen", "Kowalski", "Garcia", "Okafor", "Lindqvist", "Brennan",
	"Chen", "Haddad", "Moreau", "Tanaka", "Schmidt", "Alvarez", "Murphy", "Rossi", "Novak",
	"Ibrahim", "Fischer", "Costa",
}

var topics = []string{
	"the pilot", "the renewal", "the rollout plan", "the security questionnaire", "the proposal",
	"the pricing options", "the integration", "the onboarding plan", "the contract", "the dashboard pilot",
}

// touchingBase: nudges that carry nothing new.
var touchingBase = []string{
	"Hi {name},\n\nJust checking in to see if you had a chance to review {topic}. Let me know if you have any questions!\n\nBest,\n{me}",
	"Hi {name}, bumping this to the top of your inbox.",
	"Hi {name},\n\nFollowing up on my last email. Any update on your side?\n\nThanks,\n{me}",
	"Hey {name} - did you get a chance to look at {topic}?",
	"Circling back on the below - is this still a priority for {org} this quarter?",
	"Hi {name},\nWanted to touch base and see where things stand. Happy to help however I can.\nCheers,\n{me}",
	"Any news on {topic}?",
	"Hi {name}, just following up to see if there are any updates on {topic}.",
	"Hi {name},\n\nHope all is well! Just wanted to make sure this didn't get lost in your inbox.\n\nBest,\n{me}",
	"Hi {name}, checking in again on {topic}. Let me know when you have a moment.",
	"Hi {name} - any thoughts on {topic}? Keen to hear where you landed.",
	"Hi {name},\n\nJust circling back here. Would love to keep the conversation going.\n\n{me}",
}

// opener is an email that starts a thread and the subjects it can have.
type opener struct {
	subjects []string
	text     string
}

// The rep's emails that give the reader something, by where they sit in
// a thread, so that a thread reads as one conversation.
var (
	// openers start a thread, each under the subjects it fits.
	openers = []opener{
		{[]string{"Proposal for {org}", "Re: pricing"},
			"Hi {name},\n\nAttached is the proposal for {org}: {n} seats at ${p}/seat per month on an annual term, with onboarding included. The quote is valid until {day}.\n\nThe one open point is SSO: it is in the Business tier, so I priced that tier. If you only need it for admins, the Team tier saves about {d}%.\n\nBest,\n{me}"},
		{[]string{"{org} pilot plan", "Dashboard pilot"},
			"Hi {name},\n\nHere is the pilot plan we discussed: weeks 1-2 connect the warehouse feed, week 3 train your {n} analysts, week 4 review the numbers with your VP. Success criterion: the weekly report takes under an hour instead of a day.\n\nDoes {day} work to kick off?\n\n{me}"},
		{[]string{"Next steps"},
			"Hi {name},\n\nThanks for the call today. Summary of what we agreed:\n- you'll share the sample export by {day}\n- we'll set up the sandbox with {n} users\n- next review on {day} at {time}\n\nI'll send the invite.\n\n{me}"},
		{[]string{"Reporting time at {org}"},
			"Hi {name},\n\nAs promised on the phone, the numbers: customers your size cut reporting time by {d}% in the first quarter. The case study from a logistics company with {n} depots is attached.\n\n{me}"},
		{[]string{"Security questionnaire"},
			"Hi {name},\n\nGood news on the security review: our SOC 2 Type II report is ready. I've shared it through the portal; the bridge letter covers up to last month.\n\n{me}"},
		{[]string{"Export timeout"},
			"Hi {name},\n\nI looked into the timeout your team hit on Friday: it was the export job reaching the {n}-row limit. Engineering raised the limit for your workspace this morning, so the nightly run should finish now. I'll watch tomorrow's run.\n\n{me}"},
		{[]string{"{org} x Northwind"},
			"Hi {name},\n\nI saw {org} announced the new distribution centre; congratulations. Two of our customers went through the same expansion and the main lesson was to set up the regional dashboards before go-live. Happy to share their template if useful.\n\n{me}"},
		{[]string{"Renewal options"},
			"Hi {name},\n\nYour renewal is due on {day}. Two options: renew the {n} seats as they are at ${p}/seat, or move to the annual plan and save {d}%. Both quotes are attached.\n\n{me}"},
		{[]string{"Onboarding schedule", "Integration questions"},
			"Hi {name},\n\nHere is the onboarding schedule: admin setup on {day} at {time}, a workshop with your {n} analysts the week after, and a review of the first reports two weeks in. I've sent the invite for the first session.\n\n{me}"},
	}
	// followUps come after the customer went quiet or stayed non-committal.
	followUps = []string{
		"Hi {name},\n\nWhat would you suggest we do to progress from here? I'd rather hear what is in the way than keep sending you material.\n\n{me}",
		"Hi {name},\n\nWould a 15-minute call on {day} at {time} work to settle the pricing question? It will be faster than another round of email.\n\n{me}",
		"Hi {name},\n\nOne change since my last note: we can start the integration on {day} instead of next month, because a slot opened with our solutions engineer. That would put the go-live {d} days earlier.\n\n{me}",
		"Hi {name},\n\nChecking in with the revised quote: I removed the premium support line you didn't need, which brings the total to ${p} per month for {n} seats.\n\n{me}",
		"Hi {name},\n\nOne number that may help the internal review: customers your size cut reporting time by {d}% in the first quarter. The case study from a logistics company with {n} depots is attached.\n\n{me}",
	}
	// answers[k] answers the questions of inQuestions[k].
	answers = [][]string{{
		"Hi {name},\n\nTaking your questions in order:\n1. Seats added mid-year are prorated to your renewal date, so you pay only for the months you use them.\n2. Yes, all {org} data can stay in our Frankfurt region, backups included, and our DPA covers sub-processors.\n3. Our onboarding team runs the migration from your current tool; for {n} users it takes about two weeks.\n\n{me}",
		"Hi {name},\n\nOn pricing: seats you add mid-year are billed pro rata until the renewal. Your data can stay in the EU, since we host in Frankfurt; I've attached the sub-processor list. And the migration is ours to run, with a named engineer, included in the ${p} onboarding fee.\n\n{me}",
	}, {
		"Hi {name},\n\nOnboarding is three one-hour sessions in the first two weeks: admin setup, a workshop on your own data, and a review of the first reports. Most analysts are productive on their own by day {n}. The minimum term is 12 months, billed monthly or annually.\n\n{me}",
		"Hi {name},\n\nIn practice onboarding takes two weeks with a named specialist, and analysts are productive as soon as the warehouse feed is connected, usually on day 3. There is no minimum term on the monthly plan; the annual one saves {d}%.\n\n{me}",
	}, {
		"Hi {name},\n\nThe integration handles custom fields like any other: you map them once in the admin screen and they sync every 15 minutes. The API rate limit is per workspace, {n} calls per minute shared by all your users.\n\n{me}",
		"Hi {name},\n\nCustom fields come across with the integration: text, picklist and date fields map one to one, and formula fields are read-only. The rate limit is per workspace ({n} calls per minute), so one heavy user can't lock out the others.\n\n{me}",
	}}
	// rebuttals[k] takes up the objection of inObjections[k].
	rebuttals = [][]string{{
		"Hi {name},\n\nFair point on price. The tiers differ in one thing that matters to you: Business adds SSO and audit logs, everything else is in Team. On Team, {org} would pay ${p} per seat per month, within {d}% of your current vendor, and teams that switched cut reporting time by half in the first quarter.\n\n{me}",
	}, {
		"Hi {name},\n\nUnderstood. We would roll out in two phases: one team for the first {n} days, then everyone once your team signs off. Our SOC 2 Type II report and the completed security questionnaire are attached so legal can start the review now; most take two weeks. The timeline would put go-live about six weeks out.\n\n{me}",
	}, {
		"Hi {name},\n\nYes, there is a smaller starting package: {n} seats at ${p} per month with no onboarding fee. When the budget comes back you can move to the full plan, and we credit what you paid for the starter.\n\n{me}",
		"Hi {name},\n\nA smaller start is possible: the annual plan can be paid quarterly at no extra cost, so Q1 carries only one payment of ${p}. I've updated the order form to show it.\n\n{me}",
	}}
)

// inbound replies by kind.
var (
	inQuestions = []string{
		"Hi {me},\n\nThanks for this. A few questions before I take it to the team: how does pricing work if we add seats mid-year? Can we keep our data in the EU? And who handles the migration from our current tool?\n\n{name}",
		"Hi {me}, what does onboarding look like in practice, and how long until our analysts are productive? Also, is there a minimum term?",
		"Thanks {me}. Can you clarify how the integration handles our custom fields? And is the API rate limit per user or per workspace?",
	}
	inObjections = []string{
		"Hi {me},\n\nHonestly the price is higher than we budgeted for. Our current vendor is about 30% cheaper and the team is not sure the difference is worth it. I'm also not sure I understand how the tiers differ.\n\n{name}",
		"{me}, I have some concerns about the rollout risk. Our last migration went badly and legal will want a security review before anything is signed. What would the timeline look like?",
		"The budget for this was cut for Q1. I'm worried we can't justify the cost right now. Is there a smaller starting package?",
	}
	inNonCommittal = []string{
		"Thanks, will take a look.",
		"Busy week here, will get back to you.",
		"Thanks {me}, still reviewing internally.",
		"Noted, thanks.",
		"Not a priority right now, let's revisit next quarter.",
	}
	inPositive = []string{
		"Hi {me},\n\nThis looks good. Let's go ahead with the pilot; I've looped in our IT lead to set up access. Can you send the order form?\n\n{name}",
		"Great, let's plan on {day}. I'll bring our ops manager.",
		"Perfect, that answers it. I'll share the export by end of week.",
		"Thanks {me}, that's helpful. The team liked the dashboard demo; next step is a call with our CFO.",
	}
	internalNotes = []string{
		"Sam, can you join the {org} call on {day}? They will ask about SSO and the API limits.",
		"Priya, forecast update: {org} moves to commit, {n} seats, close expected this month.",
		"Sam, {org} asked for the SOC 2 report. Can you share it through the portal?",
	}
	draftTexts = []struct{ subject, text string }{
		{"Re: Proposal for {org}", "Hi {name},\n\nJust checking in to see if you had a chance to look at my last email. Any update?\n\nBest,\n{me}"},
		{"Re: {org} pilot plan", "Hi {name},\n\nI've attached the revised pilot plan: we start on {day} with {n} analysts, and the success criterion is a weekly report in under an hour. Does that timing work for your team?\n\n{me}"},
		{"Re: Renewal options", "Hi {name}, bumping this again - let me know!"},
	}
)
