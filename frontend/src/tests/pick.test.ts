// threadChoices: which threads the Review screen's "In reply to" list offers.
import { describe, expect, it } from 'vitest';
import { threadChoices } from '../lib/pick';
import type { app } from '../../wailsjs/go/models';

const thread = (id: number, subject: string, organization: string, participants: string[] = []) =>
  ({ id, subject, organization, participants }) as app.ThreadSummary;

const threads = [
  thread(1, 'Pilot pricing', 'Delta Robotics', ['Tariq Brennan']),
  thread(2, 'Next steps', 'Müller Logistik', ['Jana Müller']),
  thread(3, 'Renewal', 'Delta Robotics', ['Ana Lee']),
  thread(4, 'Security review', 'Acme', ['José Núñez']),
];
const ids = (c: { shown: app.ThreadSummary[] }) => c.shown.map((t) => t.id);

describe('threadChoices', () => {
  it('offers every thread, in order, for an empty search', () => {
    expect(ids(threadChoices(threads, '', 0))).toEqual([1, 2, 3, 4]);
    expect(ids(threadChoices(threads, '   ', 0))).toEqual([1, 2, 3, 4]);
  });

  it('matches every word in subject, company or people, in any case and order', () => {
    expect(ids(threadChoices(threads, 'delta', 0))).toEqual([1, 3]);
    expect(ids(threadChoices(threads, 'ROBOTICS renewal', 0))).toEqual([3]);
    expect(ids(threadChoices(threads, 'tariq pricing', 0))).toEqual([1]);
    expect(ids(threadChoices(threads, 'delta acme', 0))).toEqual([]);
  });

  it('ignores accents both ways', () => {
    expect(ids(threadChoices(threads, 'muller', 0))).toEqual([2]);
    expect(ids(threadChoices(threads, 'nuñez', 0))).toEqual([4]);
    expect(ids(threadChoices(threads, 'jose nunez', 0))).toEqual([4]);
  });

  it('lists at most limit threads and counts the rest', () => {
    expect(threadChoices(threads, '', 0, 2)).toEqual({ shown: [threads[0], threads[1]], hidden: 2 });
    expect(threadChoices(threads, 'delta', 0, 1)).toEqual({ shown: [threads[0]], hidden: 1 });
  });

  it('keeps the picked thread in the list, first when the search leaves it out', () => {
    expect(ids(threadChoices(threads, 'acme', 2))).toEqual([2, 4]);
    expect(ids(threadChoices(threads, 'delta', 3))).toEqual([1, 3]);
    // Matched but past the limit: moved up, and no longer counted as hidden.
    expect(threadChoices(threads, 'delta', 3, 1)).toEqual({ shown: [threads[2], threads[0]], hidden: 0 });
    // A thread that is gone is not invented.
    expect(ids(threadChoices(threads, 'acme', 99))).toEqual([4]);
  });

  it('tolerates threads without people', () => {
    const bare = [{ id: 7, subject: 'Hello', organization: 'Initech' } as app.ThreadSummary];
    expect(ids(threadChoices(bare, 'initech', 0))).toEqual([7]);
  });
});
