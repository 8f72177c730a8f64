export namespace analysis {
	
	export class Trend {
	    week: string;
	    connects: number;
	    contacts: number;
	    ratio: number;
	    avgConnects: number;
	    avgContacts: number;
	    avgRatio: number;
	    weeks: number;
	
	    static createFrom(source: any = {}) {
	        return new Trend(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = source["week"];
	        this.connects = source["connects"];
	        this.contacts = source["contacts"];
	        this.ratio = source["ratio"];
	        this.avgConnects = source["avgConnects"];
	        this.avgContacts = source["avgContacts"];
	        this.avgRatio = source["avgRatio"];
	        this.weeks = source["weeks"];
	    }
	}

}

export namespace app {
	
	export class AccountView {
	    id: number;
	    kind: string;
	    name: string;
	    email: string;
	    status: string;
	    lastSyncAt: string;
	    lastError: string;
	    host: string;
	    user: string;
	    progress?: model.SyncProgress;
	    progressSeq: number;
	
	    static createFrom(source: any = {}) {
	        return new AccountView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.email = source["email"];
	        this.status = source["status"];
	        this.lastSyncAt = source["lastSyncAt"];
	        this.lastError = source["lastError"];
	        this.host = source["host"];
	        this.user = source["user"];
	        this.progress = this.convertValues(source["progress"], model.SyncProgress);
	        this.progressSeq = source["progressSeq"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AttentionView {
	    key: string;
	    name: string;
	    weeks: number[];
	    total: number;
	    cv: number;
	    flags: string[];
	    reasons: string[];
	
	    static createFrom(source: any = {}) {
	        return new AttentionView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.weeks = source["weeks"];
	        this.total = source["total"];
	        this.cv = source["cv"];
	        this.flags = source["flags"];
	        this.reasons = source["reasons"];
	    }
	}
	export class AttentionReport {
	    weeks: string[];
	    rows: AttentionView[];
	
	    static createFrom(source: any = {}) {
	        return new AttentionReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.weeks = source["weeks"];
	        this.rows = this.convertValues(source["rows"], AttentionView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class CallView {
	    id: number;
	    email: string;
	    name: string;
	    start: string;
	    minutes: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new CallView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.email = source["email"];
	        this.name = source["name"];
	        this.start = source["start"];
	        this.minutes = source["minutes"];
	        this.note = source["note"];
	    }
	}
	export class DraftRequest {
	    subject: string;
	    text: string;
	    threadId: number;
	
	    static createFrom(source: any = {}) {
	        return new DraftRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.subject = source["subject"];
	        this.text = source["text"];
	        this.threadId = source["threadId"];
	    }
	}
	export class Suggestion {
	    text: string;
	    paste: string;
	
	    static createFrom(source: any = {}) {
	        return new Suggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.paste = source["paste"];
	    }
	}
	export class ThreadContext {
	    id: number;
	    subject: string;
	    unanswered: number;
	    daysSilent: number;
	    silent: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ThreadContext(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.subject = source["subject"];
	        this.unanswered = source["unanswered"];
	        this.daysSilent = source["daysSilent"];
	        this.silent = source["silent"];
	    }
	}
	export class DraftReview {
	    ownText: string;
	    words: number;
	    classified: boolean;
	    label: string;
	    score: number;
	    reasons: model.Reason[];
	    thread?: ThreadContext;
	    suggestions: Suggestion[];
	
	    static createFrom(source: any = {}) {
	        return new DraftReview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ownText = source["ownText"];
	        this.words = source["words"];
	        this.classified = source["classified"];
	        this.label = source["label"];
	        this.score = source["score"];
	        this.reasons = this.convertValues(source["reasons"], model.Reason);
	        this.thread = this.convertValues(source["thread"], ThreadContext);
	        this.suggestions = this.convertValues(source["suggestions"], Suggestion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DraftSummary {
	    id: number;
	    subject: string;
	    to: string;
	    date: string;
	    text: string;
	    threadId: number;
	
	    static createFrom(source: any = {}) {
	        return new DraftSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.subject = source["subject"];
	        this.to = source["to"];
	        this.date = source["date"];
	        this.text = source["text"];
	        this.threadId = source["threadId"];
	    }
	}
	export class IMAPForm {
	    host: string;
	    port: number;
	    tls: string;
	    user: string;
	    auth: string;
	    secret: string;
	    email: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new IMAPForm(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.host = source["host"];
	        this.port = source["port"];
	        this.tls = source["tls"];
	        this.user = source["user"];
	        this.auth = source["auth"];
	        this.secret = source["secret"];
	        this.email = source["email"];
	        this.name = source["name"];
	    }
	}
	export class Learning {
	    version: string;
	    corrections: number;
	    pattern: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Learning(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.corrections = source["corrections"];
	        this.pattern = source["pattern"];
	    }
	}
	export class LogCallRequest {
	    email: string;
	    name: string;
	    start: string;
	    minutes: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new LogCallRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.email = source["email"];
	        this.name = source["name"];
	        this.start = source["start"];
	        this.minutes = source["minutes"];
	        this.note = source["note"];
	    }
	}
	export class MessageView {
	    id: number;
	    direction: string;
	    from: string;
	    to: string[];
	    date: string;
	    subject: string;
	    ownText: string;
	    label: string;
	    score: number;
	    reasons: model.Reason[];
	    corrected: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MessageView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.direction = source["direction"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.date = source["date"];
	        this.subject = source["subject"];
	        this.ownText = source["ownText"];
	        this.label = source["label"];
	        this.score = source["score"];
	        this.reasons = this.convertValues(source["reasons"], model.Reason);
	        this.corrected = source["corrected"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OrganizationView {
	    key: string;
	    name: string;
	    touches: number;
	
	    static createFrom(source: any = {}) {
	        return new OrganizationView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.touches = source["touches"];
	    }
	}
	export class StoreCounts {
	    messages: number;
	    outbound: number;
	    threads: number;
	    events: number;
	    organizations: number;
	    calls: number;
	
	    static createFrom(source: any = {}) {
	        return new StoreCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.messages = source["messages"];
	        this.outbound = source["outbound"];
	        this.threads = source["threads"];
	        this.events = source["events"];
	        this.organizations = source["organizations"];
	        this.calls = source["calls"];
	    }
	}
	export class Overview {
	    mode: string;
	    dataDir: string;
	    accounts: AccountView[];
	    counts: StoreCounts;
	    timeZone: string;
	    repEmails: string[];
	    secretsWarning: string;
	    classifier: Learning;
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mode = source["mode"];
	        this.dataDir = source["dataDir"];
	        this.accounts = this.convertValues(source["accounts"], AccountView);
	        this.counts = this.convertValues(source["counts"], StoreCounts);
	        this.timeZone = source["timeZone"];
	        this.repEmails = source["repEmails"];
	        this.secretsWarning = source["secretsWarning"];
	        this.classifier = this.convertValues(source["classifier"], Learning);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class ThreadSummary {
	    id: number;
	    subject: string;
	    organization: string;
	    participants: string[];
	    messages: number;
	    outbound: number;
	    inbound: number;
	    firstAt: string;
	    lastAt: string;
	    states: string[];
	    unanswered: number;
	    silentSince: string;
	    callScore: number;
	    reasons: string[];
	    advice: string;
	    ask: string;
	
	    static createFrom(source: any = {}) {
	        return new ThreadSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.subject = source["subject"];
	        this.organization = source["organization"];
	        this.participants = source["participants"];
	        this.messages = source["messages"];
	        this.outbound = source["outbound"];
	        this.inbound = source["inbound"];
	        this.firstAt = source["firstAt"];
	        this.lastAt = source["lastAt"];
	        this.states = source["states"];
	        this.unanswered = source["unanswered"];
	        this.silentSince = source["silentSince"];
	        this.callScore = source["callScore"];
	        this.reasons = source["reasons"];
	        this.advice = source["advice"];
	        this.ask = source["ask"];
	    }
	}
	export class ThreadDetail {
	    summary: ThreadSummary;
	    messages: MessageView[];
	    replySubject: string;
	    replyGreeting: string;
	    replySignOff: string;
	
	    static createFrom(source: any = {}) {
	        return new ThreadDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.summary = this.convertValues(source["summary"], ThreadSummary);
	        this.messages = this.convertValues(source["messages"], MessageView);
	        this.replySubject = source["replySubject"];
	        this.replyGreeting = source["replyGreeting"];
	        this.replySignOff = source["replySignOff"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ThreadList {
	    threads: ThreadSummary[];
	
	    static createFrom(source: any = {}) {
	        return new ThreadList(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.threads = this.convertValues(source["threads"], ThreadSummary);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TouchView {
	    kind: string;
	    source: string;
	    id: number;
	    at: string;
	    organization: string;
	    people: string[];
	    title: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new TouchView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.source = source["source"];
	        this.id = source["id"];
	        this.at = source["at"];
	        this.organization = source["organization"];
	        this.people = source["people"];
	        this.title = source["title"];
	        this.label = source["label"];
	    }
	}
	export class WeekDetail {
	    week: string;
	    start: string;
	    contacts: TouchView[];
	    connects: TouchView[];
	
	    static createFrom(source: any = {}) {
	        return new WeekDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = source["week"];
	        this.start = source["start"];
	        this.contacts = this.convertValues(source["contacts"], TouchView);
	        this.connects = this.convertValues(source["connects"], TouchView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class WeeklyReport {
	    weeks: model.WeekStats[];
	    touchingBaseShare: number[];
	    trend: analysis.Trend;
	    timeZone: string;
	
	    static createFrom(source: any = {}) {
	        return new WeeklyReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.weeks = this.convertValues(source["weeks"], model.WeekStats);
	        this.touchingBaseShare = source["touchingBaseShare"];
	        this.trend = this.convertValues(source["trend"], analysis.Trend);
	        this.timeZone = source["timeZone"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace model {
	
	export class Reason {
	    effect: string;
	    code: string;
	    text: string;
	    start: number;
	    end: number;
	
	    static createFrom(source: any = {}) {
	        return new Reason(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.effect = source["effect"];
	        this.code = source["code"];
	        this.text = source["text"];
	        this.start = source["start"];
	        this.end = source["end"];
	    }
	}
	export class SyncProgress {
	    accountId: number;
	    folder: string;
	    done: number;
	    total: number;
	    seq: number;
	
	    static createFrom(source: any = {}) {
	        return new SyncProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.folder = source["folder"];
	        this.done = source["done"];
	        this.total = source["total"];
	        this.seq = source["seq"];
	    }
	}
	export class WeekStats {
	    week: string;
	    start: string;
	    contacts: number;
	    people_contacted: number;
	    connects: number;
	    touching_base: number;
	    connect_ratio: number;
	
	    static createFrom(source: any = {}) {
	        return new WeekStats(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = source["week"];
	        this.start = source["start"];
	        this.contacts = source["contacts"];
	        this.people_contacted = source["people_contacted"];
	        this.connects = source["connects"];
	        this.touching_base = source["touching_base"];
	        this.connect_ratio = source["connect_ratio"];
	    }
	}

}

