import { Add, Check, Drafts } from '../../../wailsjs/go/app/ReviewService';
import { app } from '../../../wailsjs/go/models';
import { toUserError, type UserError } from '../errors';

/** The draft under review and Go's verdict on it (Review screen). Typing
 * schedules a check after a pause; only the newest answer is kept. */
export class ReviewStore {
  subject = $state('');
  text = $state('');
  threadId = $state(0);
  result = $state<app.DraftReview | null>(null);
  error = $state<UserError | null>(null);
  pending = $state(false);
  drafts = $state<app.DraftSummary[]>([]);
  /** The draft a reply started from the Threads screen replaced, kept so
   * the rep can bring it back. */
  putAside = $state<{ subject: string; text: string; threadId: number } | null>(null);

  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;

  constructor(private readonly delay = 250) {}

  /** Changes the draft and schedules a check. */
  edit(fields: { subject?: string; text?: string; threadId?: number }): void {
    if (fields.subject !== undefined) this.subject = fields.subject;
    if (fields.text !== undefined) this.text = fields.text;
    if (fields.threadId !== undefined) this.threadId = fields.threadId;
    this.pending = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), this.delay);
  }

  /** Checks the draft now. */
  async check(): Promise<void> {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    if (this.text.trim() === '') {
      this.result = null;
      this.error = null;
      this.pending = false;
      return;
    }
    this.pending = true;
    try {
      const r = await Check(app.DraftRequest.createFrom({ subject: this.subject, text: this.text, threadId: this.threadId }));
      if (seq !== this.seq) return;
      this.result = r;
      this.error = null;
    } catch (err) {
      if (seq !== this.seq) return;
      this.error = toUserError(err);
    } finally {
      if (seq === this.seq) this.pending = false;
    }
  }

  /** Adds a suggested sentence to the draft (Go places it before the
   * sign-off) and checks the result at once. */
  async add(paste: string): Promise<void> {
    const before = this.text;
    let text: string;
    try {
      text = await Add(before, paste);
    } catch (err) {
      this.error = toUserError(err);
      return;
    }
    if (this.text !== before) return; // the rep typed meanwhile: their text wins
    this.text = text;
    await this.check();
  }

  /** Starts a reply to a thread (subject: the one Go gives a reply to it)
   * with the sentence its advice offers, under the rep's own greeting to
   * that customer and above their own sign-off, when they used them. A
   * draft already in the editor is kept: the sentence goes into it when it
   * answers the same thread, else it is put aside (putAside) for restore. */
  async reply(t: { id: number; subject: string; ask: string; greeting?: string; signOff?: string }): Promise<void> {
    if (this.text.trim() !== '' && this.threadId === t.id) {
      if (t.ask) await this.add(t.ask);
      return;
    }
    if (this.text.trim() !== '') {
      this.putAside = { subject: this.subject, text: this.text, threadId: this.threadId };
    }
    this.subject = t.subject;
    const body = t.ask ? `${t.ask}\n` : '';
    let text = t.greeting ? `${t.greeting}\n\n${body}` : body;
    if (t.signOff) text = `${text}\n${t.signOff}`;
    this.text = text;
    this.threadId = t.id;
    await this.check();
  }

  /** Brings back the draft a reply put aside; the draft in the editor, if
   * any, is put aside in its place. */
  async restore(): Promise<void> {
    const d = this.putAside;
    if (!d) return;
    this.putAside = this.text.trim() !== '' ? { subject: this.subject, text: this.text, threadId: this.threadId } : null;
    this.subject = d.subject;
    this.text = d.text;
    this.threadId = d.threadId;
    await this.check();
  }

  async loadDrafts(): Promise<void> {
    try {
      this.drafts = (await Drafts()) ?? [];
    } catch (err) {
      this.error = toUserError(err);
    }
  }

  /** Loads a saved draft into the editor and checks it. */
  async pick(d: app.DraftSummary): Promise<void> {
    this.subject = d.subject;
    this.text = d.text;
    this.threadId = d.threadId;
    await this.check();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
