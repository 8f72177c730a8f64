import { CorrectLabel, Get, List } from '../../../wailsjs/go/app/ThreadsService';
import type { app } from '../../../wailsjs/go/models';
import { toUserError, type UserError } from '../errors';

/** Threads ranked by need, and the opened thread (Threads screen). */
export class ThreadsStore {
  threads = $state<app.ThreadSummary[]>([]);
  loaded = $state(false);
  error = $state<UserError | null>(null);
  open = $state<app.ThreadDetail | null>(null);
  openError = $state<UserError | null>(null);
  /** The last failed correction, shown next to the open thread. */
  correctError = $state<UserError | null>(null);
  filter = $state<'all' | 'call_candidate' | 'silent' | 'stalled'>('all');

  get visible(): app.ThreadSummary[] {
    if (this.filter === 'all') return this.threads;
    return this.threads.filter((t) => t.states.includes(this.filter));
  }

  count(state: string): number {
    return this.threads.filter((t) => t.states.includes(state)).length;
  }

  async load(): Promise<void> {
    try {
      const list = await List();
      this.threads = list.threads ?? [];
      this.error = null;
    } catch (err) {
      this.error = toUserError(err);
    } finally {
      this.loaded = true;
    }
  }

  async select(id: number): Promise<void> {
    try {
      const d = await Get(id);
      // Go sends null for an empty list.
      d.messages = d.messages ?? [];
      for (const m of d.messages) m.reasons = m.reasons ?? [];
      this.open = d;
      this.openError = null;
    } catch (err) {
      this.open = null;
      this.openError = toUserError(err);
    }
  }

  /** Reloads the list (and the open thread) after the data changed; a
   * list never loaded waits for its screen. */
  async refresh(): Promise<void> {
    if (!this.loaded) return;
    await this.load();
    if (this.open) await this.select(this.open.summary.id);
  }

  /** Records the rep's verdict on a sent email ('' undoes it) and shows
   * it in the open thread. */
  async correct(messageId: number, label: '' | 'touching_base' | 'substantive'): Promise<void> {
    try {
      const v = await CorrectLabel(messageId, label);
      v.reasons = v.reasons ?? [];
      if (this.open) {
        this.open.messages = this.open.messages.map((m) => (m.id === v.id ? v : m));
      }
      this.correctError = null;
    } catch (err) {
      this.correctError = toUserError(err);
    }
  }

  close(): void {
    this.open = null;
  }
}
