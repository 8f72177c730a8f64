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

  async load(weeks = this.weeks): Promise<void> {
    this.loading = true;
    try {
      this.report = await ReportFor(weeks, this.org);
      this.weeks = weeks;
      this.error = null;
    } catch (err) {
      this.error = toUserError(err);
    } finally {
      this.loading = false;
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
    try {
      this.detail = await Week(start, this.org);
    } catch (err) {
      this.error = toUserError(err);
    }
  }

  /** Refreshes everything after the data changed (e.g. a logged call). */
  async refresh(): Promise<void> {
    await this.loadAll();
    if (this.detail) await this.selectWeek(this.detail.start);
  }
}
