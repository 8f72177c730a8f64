import { Attention, Organizations, ReportFor, Week } from '../../../wailsjs/go/app/WeeklyService';
import type { analysis, app } from '../../../wailsjs/go/models';
import { toUserError, type UserError } from '../errors';

/** The weekly report, a week's details and attention per organization
 * (Weekly screen). Figures come from Go as they are. */
export class WeeklyStore {
  report = $state<app.WeeklyReport | null>(null);
  error = $state<UserError | null>(null);
  loading = $state(false);
  weeks = $state(12);
  /** The organization the report is narrowed to; "" for all. */
  org = $state('');
  orgs = $state<app.OrganizationView[]>([]);
  detail = $state<app.WeekDetail | null>(null);
  attention = $state<app.AttentionReport | null>(null);

  /** This week against the four before, as Go computed it. */
  get trend(): analysis.Trend | null {
    return this.report?.weeks.length ? this.report.trend : null;
  }

  // Each request of the report and of the open week is numbered: only the
  // latest one's answer is shown, so a slower answer for all organizations
  // cannot replace the one the rep narrowed to since.
  #reportSeq = 0;
  #weekSeq = 0;

  async load(weeks = this.weeks): Promise<void> {
    const seq = ++this.#reportSeq;
    this.loading = true;
    try {
      const report = await ReportFor(weeks, this.org);
      if (seq !== this.#reportSeq) return;
      this.report = report;
      this.weeks = weeks;
      this.error = null;
    } catch (err) {
      if (seq === this.#reportSeq) this.error = toUserError(err);
    } finally {
      if (seq === this.#reportSeq) this.loading = false;
    }
  }

  /** Loads the report, the organization list and the attention view. */
  async loadAll(): Promise<void> {
    await Promise.all([this.load(), this.loadOrgs(), this.loadAttention()]);
  }

  async loadOrgs(): Promise<void> {
    try {
      this.orgs = (await Organizations(this.weeks)) ?? [];
    } catch (err) {
      this.error = toUserError(err);
    }
  }

  async loadAttention(): Promise<void> {
    try {
      this.attention = await Attention(this.weeks);
    } catch (err) {
      this.error = toUserError(err);
    }
  }

  /** Narrows the report (and the open week) to one organization, or all. */
  async setOrg(org: string): Promise<void> {
    this.org = org;
    await this.load();
    if (this.detail) await this.selectWeek(this.detail.start);
  }

  /** Opens the week that starts on start (YYYY-MM-DD). */
  async selectWeek(start: string): Promise<void> {
    const seq = ++this.#weekSeq;
    try {
      const detail = await Week(start, this.org);
      if (seq === this.#weekSeq) this.detail = detail;
    } catch (err) {
      if (seq === this.#weekSeq) this.error = toUserError(err);
    }
  }

  /** Refreshes everything after the data changed (e.g. a logged call). */
  async refresh(): Promise<void> {
    await this.loadAll();
    if (this.detail) await this.selectWeek(this.detail.start);
  }
}
