import { Report } from '../../../wailsjs/go/app/WeeklyService';
import type { app, model } from '../../../wailsjs/go/models';
import { toUserError, type UserError } from '../errors';

/** The trend of the current week against the average of the four before. */
export interface Trend {
  week: model.WeekStats;
  avgConnects: number;
  avgContacts: number;
  avgRatio: number;
}

/** The weekly report (Weekly screen). Figures come from Go as they are. */
export class WeeklyStore {
  report = $state<app.WeeklyReport | null>(null);
  error = $state<UserError | null>(null);
  loading = $state(false);
  weeks = $state(12);

  get trend(): Trend | null {
    const ws = this.report?.weeks ?? [];
    if (ws.length === 0) return null;
    const prev = ws.slice(Math.max(0, ws.length - 5), ws.length - 1);
    const avg = (f: (w: model.WeekStats) => number) => (prev.length ? prev.reduce((s, w) => s + f(w), 0) / prev.length : 0);
    return {
      week: ws[ws.length - 1],
      avgConnects: avg((w) => w.connects),
      avgContacts: avg((w) => w.contacts),
      avgRatio: avg((w) => w.connect_ratio),
    };
  }

  async load(weeks = this.weeks): Promise<void> {
    this.loading = true;
    try {
      this.report = await Report(weeks);
      this.weeks = weeks;
      this.error = null;
    } catch (err) {
      this.error = toUserError(err);
    } finally {
      this.loading = false;
    }
  }
}
