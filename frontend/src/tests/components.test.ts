import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';

vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    destroy() {}
  }
  return { Chart, BarController: {}, BarElement: {}, CategoryScale: {}, Legend: {}, LinearScale: {}, LineController: {}, LineElement: {}, PointElement: {}, Tooltip: {} };
});
vi.mock('../../wailsjs/go/app/WeeklyService', () => ({ Report: vi.fn(), ReportFor: vi.fn(), Week: vi.fn(), Attention: vi.fn(), Organizations: vi.fn() }));
vi.mock('../../wailsjs/go/app/CallsService', () => ({ Log: vi.fn() }));
vi.mock('../../wailsjs/go/app/ThreadsService', () => ({ List: vi.fn(), Get: vi.fn() }));
vi.mock('../../wailsjs/go/app/ReviewService', () => ({ Add: vi.fn(), Check: vi.fn(), Drafts: vi.fn().mockResolvedValue([]) }));

import Highlighted from '../lib/components/Highlighted.svelte';
import Nav from '../lib/components/Nav.svelte';
import Weekly from '../lib/screens/Weekly.svelte';
import Threads from '../lib/screens/Threads.svelte';
import Review from '../lib/screens/Review.svelte';
import { WeeklyStore } from '../lib/stores/weekly.svelte';
import { ThreadsStore } from '../lib/stores/threads.svelte';
import { ReviewStore } from '../lib/stores/review.svelte';
import { CallLogStore } from '../lib/stores/calls.svelte';
import { Week } from '../../wailsjs/go/app/WeeklyService';
import AttentionMap from '../lib/components/AttentionMap.svelte';

describe('Highlighted', () => {
  it('marks the reasons’ spans in the own text', () => {
    const text = 'Hi Zoë, just checking in.';
    const start = new TextEncoder().encode('Hi Zoë, ').length;
    render(Highlighted, { text, spans: [{ start, end: start + 16, effect: 'lowers', text: 'a check-in phrase', code: 'checkin' }] });
    const mark = document.querySelector('mark.lowers');
    expect(mark?.textContent).toBe('just checking in');
    expect(mark?.getAttribute('title')).toBe('a check-in phrase');
    expect(screen.getByTestId('own-text').textContent).toBe(text);
  });
});

describe('Nav', () => {
  it('marks the current screen and reports clicks', async () => {
    const onselect = vi.fn();
    render(Nav, { current: 'weekly', onselect });
    expect(screen.getByTestId('nav-weekly').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-review').getAttribute('aria-current')).toBeNull();
    await fireEvent.click(screen.getByTestId('nav-threads'));
    expect(onselect).toHaveBeenCalledWith('threads');
  });
});

describe('Weekly', () => {
  it('lists each week’s figures from the store', () => {
    const store = new WeeklyStore();
    store.report = {
      timeZone: 'Europe/Berlin',
      weeks: [
        { week: '2026-W46', start: '2026-11-09', contacts: 10, people_contacted: 7, connects: 2, touching_base: 3, connect_ratio: 2 / 12 },
        { week: '2026-W47', start: '2026-11-16', contacts: 4, people_contacted: 4, connects: 4, touching_base: 0, connect_ratio: 0.5 },
      ],
      touchingBaseShare: [0.3, 0],
      trend: { week: '2026-W47', connects: 4, contacts: 4, ratio: 0.5, avgConnects: 2, avgContacts: 10, avgRatio: 2 / 12, weeks: 1 },
    } as never;
    render(Weekly, { store, calls: new CallLogStore() });
    const rows = screen.getAllByTestId('week-row');
    expect(rows).toHaveLength(2);
    expect(rows[1].querySelector('[data-col=connects]')?.textContent).toBe('4');
    expect(rows[1].querySelector('[data-col=ratio]')?.textContent).toBe('50%');
    expect(screen.getByTestId('weekly-summary').textContent).toContain('connects this week');
    expect(screen.getByTestId('weekly-summary').textContent).toContain('avg 2.0 over the 1 weeks before');
    expect(document.body.textContent).toContain('Europe/Berlin');
  });
});

describe('Weekly week details', () => {
  it('opens a week’s contacts and connects from the table', async () => {
    vi.mocked(Week).mockResolvedValue({
      week: '2026-W47', start: '2026-11-16',
      contacts: [{ kind: 'contact', source: 'email', id: 1, at: '2026-11-17T10:00:00Z', organization: 'Acme', people: ['a@acme.example'], title: 'Proposal', label: 'substantive' }],
      connects: [{ kind: 'connect', source: 'meeting', id: 2, at: '2026-11-18T15:00:00Z', organization: 'Acme', people: ['a@acme.example'], title: 'Demo', label: '' }],
    } as never);
    const store = new WeeklyStore();
    store.report = {
      timeZone: 'UTC',
      weeks: [{ week: '2026-W47', start: '2026-11-16', contacts: 1, people_contacted: 1, connects: 1, touching_base: 0, connect_ratio: 0.5 }],
      touchingBaseShare: [0],
      trend: { week: '2026-W47', connects: 1, contacts: 1, ratio: 0.5, avgConnects: 0, avgContacts: 0, avgRatio: 0, weeks: 0 },
    } as never;
    render(Weekly, { store, calls: new CallLogStore() });
    await fireEvent.click(screen.getByTestId('week-open'));
    await vi.waitFor(() => expect(screen.getByTestId('week-detail')).toBeTruthy());
    expect(Week).toHaveBeenCalledWith('2026-11-16', '');
    expect(screen.getByTestId('week-contacts').textContent).toContain('Proposal');
    expect(screen.getByTestId('week-connects').textContent).toContain('Demo');
  });
});

describe('AttentionMap', () => {
  it('shows each organization’s weeks and its flags', () => {
    render(AttentionMap, {
      report: {
        weeks: ['2026-W46', '2026-W47'],
        rows: [
          { key: 'b.example', name: 'Burst', weeks: [6, 0], total: 6, cv: 1, flags: ['peaks_and_valleys'], reasons: ['peaks and valleys'] },
          { key: 's.example', name: 'Steady', weeks: [2, 2], total: 4, cv: 0, flags: [], reasons: [] },
        ],
      } as never,
    });
    const rows = screen.getAllByTestId('attention-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Peaks and valleys');
    expect(rows[0].getAttribute('data-flags')).toBe('peaks_and_valleys');
    expect(rows[1].querySelectorAll('td.cell')[1].textContent).toBe('2');
  });
});

describe('Threads', () => {
  it('shows state chips, reasons and scores', () => {
    const store = new ThreadsStore();
    store.loaded = true;
    store.threads = [
      { id: 1, subject: 'Pricing', organization: 'Acme', participants: ['a@acme.example'], messages: 7, outbound: 4, inbound: 3, firstAt: '', lastAt: '', states: ['call_candidate', 'stalled'], unanswered: 1, silentSince: '', callScore: 0.8, reasons: ['7 messages in 5 days', 'pricing objection'], advice: 'Call.' },
    ] as never;
    render(Threads, { store });
    const chips = screen.getAllByTestId('state-chip').map((c) => c.textContent);
    expect(chips).toEqual(['Call candidate', 'Stalled']);
    expect(screen.getByTestId('thread-reasons').textContent).toContain('pricing objection');
    expect(screen.getByTestId('call-score').textContent).toContain('0.80');
  });
});

describe('Review', () => {
  it('warns about a silent thread and lists suggestions, each sentence ready to add', async () => {
    const store = new ReviewStore(0);
    store.result = {
      ownText: 'Any update?', words: 2, classified: true, label: 'touching_base', score: 5,
      reasons: [{ effect: 'lowers', code: 'bump', text: 'asks for an update and gives nothing', start: 0, end: 10 }],
      thread: { id: 3, subject: 'Proposal', unanswered: 2, daysSilent: 9, silent: true },
      suggestions: [
        { text: 'Ask: “What would you suggest we do to progress from here?”', paste: 'What would you suggest we do to progress from here?' },
        { text: 'Replace "Any update" with something new.', paste: '' },
      ],
    } as never;
    const add = vi.spyOn(store, 'add').mockResolvedValue();
    render(Review, { store, threads: new ThreadsStore() });
    expect(screen.getByTestId('verdict-label').textContent).toBe('Touching base');
    expect(screen.getByTestId('silent-warning').textContent).toContain('3rd unanswered email in 9 days');
    expect(screen.getByTestId('silent-warning').textContent).toContain('the last 2 got no reply');
    expect(screen.getByTestId('suggestions').textContent).toContain('progress from here');
    expect(document.querySelector('mark.lowers')?.textContent).toBe('Any update');
    // only the suggestion with a sentence offers to add it
    const buttons = screen.getAllByTestId('add-suggestion');
    expect(buttons).toHaveLength(1);
    await fireEvent.click(buttons[0]);
    expect(add).toHaveBeenCalledWith('What would you suggest we do to progress from here?');
  });
});
