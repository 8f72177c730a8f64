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

// substantive: messages that give the reader something.
var substantive = []string{
	"Hi {name},\n\nAttached is the proposal for {org}: {n} seats at ${p}/seat per month on an annual term, with onboarding included. The quote is valid until {day}.\n\nThe one open point is SSO: it is in the Business tier, so I priced that tier. If you only need it for admins, the Team tier saves about {d}%.\n\nBest,\n{me}",
	"Hi {name},\n\nTo your question about data residency: all {org} data stays in our Frankfurt region, backups included, and our DPA covers sub-processors. I've attached the current list.\n\n{me}",
	"Hi {name},\n\nHere is the pilot plan we discussed: weeks 1-2 connect the warehouse feed, week 3 train your {n} analysts, week 4 review the numbers with your VP. Success criterion: the weekly report takes under an hour instead of a day.\n\nDoes {day} work to kick off?\n\n{me}",
	"Hi {name},\n\nThanks for the call today. Summary of what we agreed:\n- you'll share the sample export by {day}\n- we'll set up the sandbox with {n} users\n- next review on {day} at {time}\n\nI'll send the invite.\n\n{me}",
	"Hi {name},\n\nFollowing up with the numbers you asked for: customers your size cut reporting time by {d}% in the first quarter. The case study from a logistics company with {n} depots is attached.\n\n{me}",
	"Hi {name},\n\nGood news on the security review: our SOC 2 Type II report is ready. I've shared it through the portal; the bridge letter covers up to last month.\n\n{me}",
	"Hi {name},\n\nI looked into the timeout you saw: it was the export job hitting the {n}-row limit. Engineering raised the limit for your workspace this morning, so the nightly run should finish now. I'll watch tomorrow's run.\n\n{me}",
	"Hi {name},\n\nWhat would you suggest we do to progress from here? I'd rather hear what is in the way than keep sending you material.\n\n{me}",
	"Hi {name},\n\nWould a 15-minute call on {day} at {time} work to settle the pricing question? It will be faster than another round of email.\n\n{me}",
	"Hi {name},\n\nYes, the annual plan can be paid quarterly at no extra cost. I've updated the order form to show four payments of ${p}.\n\n{me}",
	"Hi {name},\n\nI saw {org} announced the new distribution centre; congratulations. Two of our customers went through the same expansion and the main lesson was to set up the regional dashboards before go-live. Happy to share their template if useful.\n\n{me}",
	"Hi {name},\n\nOne change since my last note: we can start the integration on {day} instead of next month, because a slot opened with our solutions engineer. That would put the go-live {d} days earlier.\n\n{me}",
	"Hi {name},\n\nChecking in with the revised quote: I removed the premium support line you didn't need, which brings the total to ${p} per month for {n} seats.\n\n{me}",
	"Hi {name},\n\nThe answer to your three questions:\n1. Yes, historical data imports are included.\n2. Row-level permissions come from your identity provider groups.\n3. The API limit is {n} calls per minute.\n\n{me}",
}

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
		"Great, {day} works for us. I'll bring our ops manager.",
		"Perfect, that answers it. I'll share the export by end of week.",
		"Thanks {me}, that's helpful. The team liked the dashboard demo; next step is a call with our CFO.",
	}
	internalNotes = []string{
		"Sam, can you join the {org} call on {day}? They will ask about SSO and the API limits.",
		"Priya, forecast update: {org} moves to commit, {n} seats, close expected this month.",
		"Sam, {org} asked for the SOC 2 report. Can you share it through the portal?",
	}
	subjects = []string{
		"Proposal for {org}", "{org} pilot plan", "Re: pricing", "Security questionnaire", "Next steps",
		"{org} x Northwind", "Renewal options", "Integration questions", "Onboarding schedule", "Dashboard pilot",
	}
	draftTexts = []struct{ subject, text string }{
		{"Re: Proposal for {org}", "Hi {name},\n\nJust checking in to see if you had a chance to look at the proposal. Any update?\n\nBest,\n{me}"},
		{"Re: {org} pilot plan", "Hi {name},\n\nI've attached the revised pilot plan: we start on {day} with {n} analysts, and the success criterion is a weekly report in under an hour. Does that timing work for your team?\n\n{me}"},
		{"Re: Renewal options", "Hi {name}, bumping this again - let me know!"},
	}
)
