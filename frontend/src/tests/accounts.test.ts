// The Overview store, the Accounts screen and the app shell (navigation and
// the demo banner on every screen).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    destroy() {}
  }
  return { Chart, BarController: {}, BarElement: {}, CategoryScale: {}, Legend: {}, LinearScale: {}, LineController: {}, LineElement: {}, PointElement: {}, Tooltip: {} };
});
vi.mock('../../wailsjs/go/app/AccountsService', () => ({ Overview: vi.fn(), UseDemo: vi.fn() }));
vi.mock('../../wailsjs/go/app/ReviewService', () => ({ Check: vi.fn(), Drafts: vi.fn() }));
vi.mock('../../wailsjs/go/app/ThreadsService', () => ({ List: vi.fn(), Get: vi.fn(), CallCandidates: vi.fn() }));
vi.mock('../../wailsjs/go/app/WeeklyService', () => ({ Report: vi.fn(), ReportFor: vi.fn(), Week: vi.fn(), Attention: vi.fn(), Organizations: vi.fn() }));
vi.mock('../../wailsjs/go/app/CallsService', () => ({ Log: vi.fn() }));

import { Overview, UseDemo } from '../../wailsjs/go/app/AccountsService';
import { Drafts } from '../../wailsjs/go/app/ReviewService';
import { List } from '../../wailsjs/go/app/ThreadsService';
import { Attention, Organizations, ReportFor } from '../../wailsjs/go/app/WeeklyService';
import { OverviewStore } from '../lib/stores/overview.svelte';
import Accounts from '../lib/screens/Accounts.svelte';
import App from '../App.svelte';

const goError = (code: string, message: string) => JSON.stringify({ code, message });

const overview = (mode: 'demo' | 'live', accounts: unknown[] = []) =>
  ({
    mode,
    dataDir: '/home/jordan/.local/share/dialtone',
    accounts,
    counts: { messages: 797, outbound: 472, threads: 193, events: 81, organizations: 40, calls: 9 },
    timeZone: 'America/Chicago',
    repEmails: ['jordan@northwind.example', 'j.lee@northwind.example'],
  }) as never;

beforeEach(() => {
  vi.mocked(Overview).mockReset();
  vi.mocked(UseDemo).mockReset();
});

describe('OverviewStore', () => {
  it('loads the overview and knows live from demo', async () => {
    vi.mocked(Overview).mockResolvedValue(overview('live'));
    const s = new OverviewStore();
    await s.load();
    expect(s.isDemo).toBe(false);
    expect(s.data?.counts.threads).toBe(193);
    expect(s.loading).toBe(false);
  });

  it('switches to the demo data', async () => {
    vi.mocked(UseDemo).mockResolvedValue(overview('demo'));
    const s = new OverviewStore();
    await s.useDemo();
    expect(UseDemo).toHaveBeenCalledTimes(1);
    expect(s.isDemo).toBe(true);
  });

  it('turns Go’s error into a message and keeps the last good data', async () => {
    vi.mocked(Overview).mockResolvedValueOnce(overview('demo')).mockRejectedValueOnce(goError('unavailable', 'The data folder cannot be read.'));
    const s = new OverviewStore();
    await s.load();
    await s.load();
    expect(s.error).toEqual({ code: 'unavailable', message: 'The data folder cannot be read.' });
    expect(s.isDemo).toBe(true);
    expect(s.loading).toBe(false);
  });
});

describe('Accounts screen', () => {
  it('shows demo mode, counts, settings and an honest “coming” note', () => {
    const store = new OverviewStore();
    store.data = overview('demo', [
      { id: 1, kind: 'demo', name: 'Demo mailbox', email: 'jordan@northwind.example', status: 'idle', lastSyncAt: '2026-11-23T06:25:00Z', lastError: '' },
      { id: 2, kind: 'imap', name: 'Work mail', email: 'j.lee@northwind.example', status: 'error', lastSyncAt: '', lastError: 'The server refused the password.' },
    ]);
    render(Accounts, { store });
    expect(screen.getByTestId('mode').getAttribute('data-mode')).toBe('demo');
    expect(screen.getByTestId('mode').textContent).toContain("You're looking at demo data — a made-up quarter of a rep's work.");
    const rows = screen.getAllByTestId('account-row');
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain('The server refused the password.');
    expect(rows[1].textContent).toContain('never');
    expect(document.querySelector('[data-count=threads]')?.textContent).toBe('193');
    expect(screen.getByTestId('rep-emails').textContent).toBe('jordan@northwind.example, j.lee@northwind.example');
    expect(screen.getByTestId('time-zone').textContent).toBe('America/Chicago');
    expect(document.body.textContent).toContain('/home/jordan/.local/share/dialtone');
    const coming = screen.getByTestId('connect-coming').textContent ?? '';
    expect(coming).toMatch(/IMAP/);
    expect(coming).toMatch(/Google/);
    expect(coming).toMatch(/CalDAV/);
    expect(coming).toMatch(/coming/);
    expect(document.querySelector('input[type=password]')).toBeNull();
  });

  it('says so when no account is connected', () => {
    const store = new OverviewStore();
    store.data = overview('live');
    render(Accounts, { store });
    expect(screen.getByTestId('mode').getAttribute('data-mode')).toBe('live');
    expect(screen.getByTestId('accounts-table').textContent).toContain('No account connected yet.');
  });
});

describe('App shell', () => {
  beforeEach(() => {
    vi.mocked(Drafts).mockResolvedValue([]);
    vi.mocked(List).mockResolvedValue({ threads: [] } as never);
    vi.mocked(ReportFor).mockResolvedValue({ weeks: [], touchingBaseShare: [], trend: {}, timeZone: 'UTC' } as never);
    vi.mocked(Organizations).mockResolvedValue([]);
    vi.mocked(Attention).mockResolvedValue({ weeks: [], rows: [] } as never);
  });

  it('keeps the demo banner on every screen and marks the current one', async () => {
    vi.mocked(Overview).mockResolvedValue(overview('demo'));
    render(App);
    await vi.waitFor(() => expect(screen.getByTestId('demo-banner')).toBeTruthy());
    for (const s of ['review', 'threads', 'weekly', 'accounts']) {
      await fireEvent.click(screen.getByTestId(`nav-${s}`));
      expect(screen.getByTestId(`nav-${s}`).getAttribute('aria-current')).toBe('page');
      expect(document.querySelectorAll('[aria-current=page]')).toHaveLength(1);
      expect(screen.getByTestId('demo-banner').textContent).toContain("You're looking at demo data");
    }
  });

  it('navigates with the keyboard: the entries are buttons in a labelled nav', () => {
    vi.mocked(Overview).mockResolvedValue(overview('live'));
    render(App);
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    const buttons = nav.querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent?.trim())).toEqual(['Review', 'Threads', 'Weekly', 'Accounts']);
    buttons[1].focus();
    expect(document.activeElement).toBe(buttons[1]);
  });

  it('shows no demo banner on live data', async () => {
    vi.mocked(Overview).mockResolvedValue(overview('live'));
    render(App);
    await vi.waitFor(() => expect(Overview).toHaveBeenCalled());
    await Promise.resolve();
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });
});
