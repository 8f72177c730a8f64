import { AddIMAP, Overview, Remove, SyncNow, UseDemo } from '../../../wailsjs/go/app/AccountsService';
import { EventsOn } from '../../../wailsjs/runtime/runtime';
import { app, type model } from '../../../wailsjs/go/models';
import { toUserError, type UserError } from '../errors';

/** Events Go emits (app/sync.go, app/learn.go). */
export const EVENT_SYNC_PROGRESS = 'sync:progress';
export const EVENT_ACCOUNTS_CHANGED = 'accounts:changed';
/** The stored verdicts changed: the mail was judged again after the rep's
 * corrections, or brought up to date after an upgrade. */
export const EVENT_CLASSIFIER_UPDATED = 'classifier:updated';
/** Progress of that work: {stage, done, total, seq}. */
export const EVENT_CLASSIFY_PROGRESS = 'classify:progress';

/** What Go is doing to the stored mail (app.ClassifyProgress): reading it
 * again with this version's rules, judging it with this version's
 * classifier, or judging it again after a correction. */
export type MailWork = { stage: 'reading' | 'judging' | 'learning'; done: number; total: number };

export type TLSMode = 'tls' | 'starttls' | 'none';

/** What the rep typed into the "Connect an IMAP mailbox" form. */
export interface IMAPFields {
  host: string;
  port: number;
  tls: TLSMode;
  user: string;
  password: string;
  /** The rep's address on this account when the user name is not one. */
  email: string;
  name: string;
}

/** The open data set, its accounts and counts (Accounts screen, demo
 * banner), connecting and removing accounts, and the progress of running
 * syncs as Go reports it. */
export class OverviewStore {
  data = $state<app.Overview | null>(null);
  error = $state<UserError | null>(null);
  loading = $state(false);
  /** Set while Go tests the sign-in of a new account (it can take seconds). */
  adding = $state(false);
  /** Why the last "connect" failed, in Go's words. */
  addError = $state<UserError | null>(null);
  /** Why the last "Sync now" or "Remove" of an account failed. */
  accountErrors = $state<Record<number, UserError>>({});
  /** Progress of Go's work on the stored mail, or null. */
  learning = $state<MailWork | null>(null);
  /** The newest progress of each running sync, by account id. */
  progress = $state<Record<number, model.SyncProgress>>({});

  // Progress events come many times a second: the newest per account waits
  // here and reaches the screen at most once per progressInterval.
  private pending = new Map<number, model.SyncProgress>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;
  // Go's events may arrive out of order (its dev server sends each on its
  // own goroutine). Go numbers its progress reports (seq); ended holds, per
  // account, the newest number an overview showing no sync has seen. A
  // report at most that belongs to an ended sync, whenever it arrives.
  private ended = new Map<number, number>();
  // The Seq of the newest re-judging report.
  private learnSeq = 0;
  // Counts classifier:updated events: the stored verdicts changed.
  private judged = $state(0);
  // Answers from Go may arrive out of order: an older one never replaces a newer one.
  private seq = 0;
  private applied = 0;
  private unlisten: (() => void) | null = null;

  constructor(private readonly progressInterval = 250) {}

  get isDemo(): boolean {
    return this.data?.mode === 'demo';
  }

  /** Changes whenever what the other screens show may have changed: the
   * data set, its size, an account's last sync, the classifier (it
   * learns from the rep's corrections) or the stored verdicts. */
  get dataVersion(): string | null {
    const o = this.data;
    if (!o) return null;
    const c = o.counts;
    const syncs = (o.accounts ?? []).map((a) => `${a.id}:${a.lastSyncAt}`).join(',');
    return `${o.mode}|${c.messages}|${c.outbound}|${c.threads}|${c.events}|${c.calls}|${syncs}|${o.classifier?.version ?? ''}|${this.judged}`;
  }

  /** The progress of an account's running sync, or null. */
  progressOf(a: app.AccountView): model.SyncProgress | null {
    return this.progress[a.id] ?? a.progress ?? null;
  }

  /** Whether an account is syncing now. */
  isSyncing(a: app.AccountView): boolean {
    return a.status === 'syncing' || this.progress[a.id] !== undefined;
  }

  async load(): Promise<void> {
    await this.run(() => Overview());
  }

  async useDemo(): Promise<void> {
    await this.run(() => UseDemo());
  }

  /** Subscribes to Go's sync events; returns the unsubscribe. Calling it
   * again while subscribed returns the same unsubscribe. */
  listen(): () => void {
    if (this.unlisten) return this.unlisten;
    const offs = [
      EventsOn(EVENT_SYNC_PROGRESS, (p: model.SyncProgress) => this.onProgress(p)),
      EventsOn(EVENT_ACCOUNTS_CHANGED, () => void this.load()),
      EventsOn(EVENT_CLASSIFY_PROGRESS, (p: Partial<MailWork> & { done: number; total: number; seq?: number }) => {
        // Events may arrive out of order: an older report is ignored.
        if ((p.seq ?? 0) < this.learnSeq) return;
        this.learnSeq = p.seq ?? 0;
        this.learning = p.done < p.total ? { stage: p.stage ?? 'learning', done: p.done, total: p.total } : null;
      }),
      EventsOn(EVENT_CLASSIFIER_UPDATED, () => {
        this.learning = null;
        this.judged++;
        void this.load();
      }),
    ];
    const unlisten = () => {
      for (const off of offs) off?.();
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      if (this.unlisten === unlisten) this.unlisten = null;
    };
    this.unlisten = unlisten;
    return unlisten;
  }

  /** Tests the sign-in and connects the mailbox; true when it was added. */
  async addIMAP(f: IMAPFields): Promise<boolean> {
    if (this.adding) return false;
    this.adding = true;
    this.addError = null;
    const seq = ++this.seq;
    try {
      const o = await AddIMAP(
        app.IMAPForm.createFrom({
          host: f.host.trim(),
          port: Number(f.port),
          tls: f.tls,
          user: f.user.trim(),
          auth: 'password',
          secret: f.password,
          email: f.email.trim(),
          name: f.name.trim(),
        }),
      );
      this.apply(o, seq);
      return true;
    } catch (err) {
      this.addError = toUserError(err);
      return false;
    } finally {
      this.adding = false;
    }
  }

  /** Starts a sync of an account now. */
  async syncNow(id: number): Promise<boolean> {
    return this.act(id, () => SyncNow(id));
  }

  /** Removes an account and the mail synced through it. */
  async remove(id: number): Promise<boolean> {
    const ok = await this.act(id, () => Remove(id));
    if (ok) this.dropProgress(id);
    return ok;
  }

  private async act(id: number, call: () => Promise<app.Overview>): Promise<boolean> {
    const seq = ++this.seq;
    try {
      this.apply(await call(), seq);
      delete this.accountErrors[id];
      return true;
    } catch (err) {
      this.accountErrors[id] = toUserError(err);
      return false;
    }
  }

  private async run(call: () => Promise<app.Overview>): Promise<void> {
    const seq = ++this.seq;
    this.loading = true;
    try {
      this.apply(await call(), seq);
      if (seq >= this.applied) this.error = null;
    } catch (err) {
      if (seq >= this.applied) this.error = toUserError(err);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  /** Shows an overview unless a newer one is already shown. */
  private apply(o: app.Overview, seq: number): void {
    if (seq < this.applied) return;
    this.applied = seq;
    this.data = o;
    // Progress of syncs this overview saw end goes, and so does any report
    // of theirs still on its way; progress of accounts it lacks goes too.
    const listed = new Set<number>();
    for (const a of o.accounts ?? []) {
      listed.add(a.id);
      if (a.status === 'syncing') continue;
      const last = Math.max(this.ended.get(a.id) ?? 0, a.progressSeq ?? 0);
      this.ended.set(a.id, last);
      const p = this.newest(a.id);
      if (p && (p.seq ?? 0) <= last) this.dropProgress(a.id);
    }
    for (const id of [...this.pending.keys(), ...Object.keys(this.progress).map(Number)]) {
      if (!listed.has(id)) this.dropProgress(id);
    }
  }

  private onProgress(p: model.SyncProgress): void {
    if (!p || typeof p.accountId !== 'number') return;
    const seq = p.seq ?? 0;
    if (seq <= (this.ended.get(p.accountId) ?? -1)) return;
    // An older report that arrives late never replaces a newer one.
    if ((this.newest(p.accountId)?.seq ?? 0) > seq) return;
    this.pending.set(p.accountId, p);
    const wait = this.lastFlush + this.progressInterval - Date.now();
    if (wait <= 0) {
      this.flush();
    } else if (this.flushTimer === undefined) {
      this.flushTimer = setTimeout(() => this.flush(), wait);
    }
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.lastFlush = Date.now();
    for (const [id, p] of this.pending) this.progress[id] = p;
    this.pending.clear();
  }

  /** The newest report of an account's sync: waiting, or else shown. */
  private newest(id: number): model.SyncProgress | undefined {
    return this.pending.get(id) ?? this.progress[id];
  }

  private dropProgress(id: number): void {
    this.pending.delete(id);
    if (this.progress[id] !== undefined) delete this.progress[id];
  }
}
