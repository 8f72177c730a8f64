import { Log } from '../../../wailsjs/go/app/CallsService';
import { app } from '../../../wailsjs/go/models';
import { toUserError, type UserError } from '../errors';

/** The "log a call" form: calls the rep had count as connects. */
export class CallLogStore {
  email = $state('');
  name = $state('');
  start = $state('');
  minutes = $state(15);
  note = $state('');
  error = $state<UserError | null>(null);
  saving = $state(false);
  last = $state<app.CallView | null>(null);

  /** Saves the call; true when it was recorded. */
  async submit(): Promise<boolean> {
    this.saving = true;
    try {
      this.last = await Log(
        app.LogCallRequest.createFrom({ email: this.email, name: this.name, start: this.start, minutes: Number(this.minutes), note: this.note }),
      );
      this.error = null;
      this.email = this.name = this.note = '';
      return true;
    } catch (err) {
      this.error = toUserError(err);
      return false;
    } finally {
      this.saving = false;
    }
  }
}
