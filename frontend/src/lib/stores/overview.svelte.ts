import { Overview, UseDemo } from '../../../wailsjs/go/app/AccountsService';
import type { app } from '../../../wailsjs/go/models';
import { toUserError, type UserError } from '../errors';

/** The open data set, its accounts and counts (Accounts screen, demo banner). */
export class OverviewStore {
  data = $state<app.Overview | null>(null);
  error = $state<UserError | null>(null);
  loading = $state(false);

  get isDemo(): boolean {
    return this.data?.mode === 'demo';
  }

  async load(): Promise<void> {
    await this.run(() => Overview());
  }

  async useDemo(): Promise<void> {
    await this.run(() => UseDemo());
  }

  private async run(call: () => Promise<app.Overview>): Promise<void> {
    this.loading = true;
    try {
      this.data = await call();
      this.error = null;
    } catch (err) {
      this.error = toUserError(err);
    } finally {
      this.loading = false;
    }
  }
}
