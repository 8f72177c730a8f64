// The Overview store, the Accounts screen and the app shell (navigation and
// the demo banner on every screen).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';

vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    destroy() {}
  }
  return { Chart, BarController: {}, BarElement: {}, CategoryScale: {}, Legend: {}, LinearScale: {}, LineController: {}, LineElement: {}, PointElement: {}, Tooltip: {} };
});
vi.mock('../../wailsjs/go/app/AccountsService', () => ({ Overview: vi.fn(), UseDemo: vi.fn(), AddIMAP: vi.fn(), SyncNow: vi.fn(), Remove: vi.fn() }));
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(), EventsOff: vi.fn() }));
vi.mock('../../wailsjs/go/app/ReviewService', () => ({ Check: vi.fn(), Drafts: vi.fn() }));
vi.mock('../../wailsjs/go/app/ThreadsService', () => ({ List: vi.fn(), Get: vi.fn(), CallCandidates: vi.fn() }));
vi.mock('../../wailsjs/go/app/WeeklyService', () => ({ Report: vi.fn(), ReportFor: vi.fn(), Week: vi.fn(), Attention: vi.fn(), Organizations: vi.fn() }));
vi.mock('../../wailsjs/go/app/CallsService', () => ({ Log: vi.fn() }));

import { AddIMAP, Overview, Remove, SyncNow, UseDemo } from '../../wailsjs/go/app/AccountsService';
import { EventsOn } from '../../wailsjs/runtime/runtime';
import { app } from '../../wailsjs/go/models';
import { Drafts } from '../../wailsjs/go/app/ReviewService';
import { List } from '../../wailsjs/go/app/ThreadsService';
import { Attention, Organizations, ReportFor } from '../../wailsjs/go/app/WeeklyService';
import { OverviewStore } from '../lib/stores/overview.svelte';
import Accounts from '../lib/screens/Accounts.svelte';
import Nav from '../lib/components/Nav.svelte';
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

// Go's events: EventsOn registers a handler, emit calls them.
let handlers: Map<string, Set<(...data: unknown[]) => void>>;
const emit = (name: string, ...data: unknown[]) => handlers.get(name)?.forEach((h) => h(...data));

beforeEach(() => {
  for (const f of [Overview, UseDemo, AddIMAP, SyncNow, Remove]) vi.mocked(f).mockReset();
  handlers = new Map();
  vi.mocked(EventsOn).mockReset();
  vi.mocked(EventsOn).mockImplementation((name, h) => {
    if (!handlers.has(name)) handlers.set(name, new Set());
    handlers.get(name)!.add(h);
    return () => handlers.get(name)!.delete(h);
  });
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

describe('Nav', () => {
  it('shows Go’s progress re-judging the mail after a correction, and nothing otherwise', () => {
    const { unmount } = render(Nav, { current: 'threads', onselect: () => {}, learning: { stage: 'learning', done: 1, total: 4 } });
    expect(screen.getByTestId('learning').textContent?.trim()).toBe('Updating verdicts after your correction… 25%');
    unmount();
    render(Nav, { current: 'threads', onselect: () => {} });
    expect(screen.queryByTestId('learning')).toBeNull();
  });

  it('names what Go is doing to the stored mail', () => {
    for (const [stage, text] of [
      ['reading', 'Reading your mail again with this version of Dialtone… 50%'],
      ['judging', 'Updating verdicts to this version of Dialtone… 50%'],
    ] as const) {
      const { unmount } = render(Nav, { current: 'weekly', onselect: () => {}, learning: { stage, done: 2, total: 4 } });
      expect(screen.getByTestId('learning').textContent?.trim()).toBe(text);
      unmount();
    }
  });
});

describe('Accounts screen', () => {
  it('says whether the classifier found a pattern in the corrections or only remembers them', () => {
    const store = new OverviewStore();
    store.data = { ...(overview('demo') as object), classifier: { version: '2026.11-lr.21+rep.4.0a1b2c3d', corrections: 4, pattern: true } } as never;
    render(Accounts, { store });
    expect(screen.getByTestId('classifier').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'learned from 4 corrections of yours: new emails like them follow your verdicts 2026.11-lr.21+rep.4.0a1b2c3d',
    );
  });

  it('shows demo mode, counts, settings and an honest “coming” note', () => {
    const store = new OverviewStore();
    store.data = {
      ...(overview('demo', [
        { id: 1, kind: 'demo', name: 'Demo mailbox', email: 'jordan@northwind.example', status: 'idle', lastSyncAt: '2026-11-23T06:25:00Z', lastError: '' },
        { id: 2, kind: 'imap', name: 'Work mail', email: 'j.lee@northwind.example', status: 'error', lastSyncAt: '', lastError: 'The server refused the password.' },
      ]) as object),
      secretsWarning: 'No system keyring was found.',
      classifier: { version: '2026.11-lr.13+rep.2.0a1b2c3d', corrections: 2, pattern: false },
    } as never;
    render(Accounts, { store });
    expect(screen.getByTestId('mode').getAttribute('data-mode')).toBe('demo');
    // The banner above every screen says what the demo is; this box says
    // how it stands to the rep's own mail, not the banner's words again.
    expect(screen.getByTestId('mode').textContent).toContain('demo data, kept apart from your own');
    expect(screen.getByTestId('mode').textContent).not.toContain('made-up quarter');
    const rows = screen.getAllByTestId('account-row');
    expect(rows).toHaveLength(2);
    expect(rows[1].querySelector('[role=alert]')?.textContent).toBe('The server refused the password.');
    expect(rows[1].querySelector('[data-testid=account-status]')?.textContent).toBe('Error');
    // The demo source can be neither synced nor removed.
    expect(rows[0].querySelector('button')).toBeNull();
    expect(document.querySelector('[data-count=threads]')?.textContent).toBe('193');
    expect(screen.getByTestId('rep-emails').textContent).toBe('jordan@northwind.example, j.lee@northwind.example');
    expect(screen.getByTestId('time-zone').textContent).toBe('America/Chicago');
    expect(screen.getByTestId('classifier').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'remembers 2 corrections of yours: emails nearly the same take your verdict (no pattern across them yet) 2026.11-lr.13+rep.2.0a1b2c3d',
    );
    expect(document.body.textContent).toContain('/home/jordan/.local/share/dialtone');
    const coming = screen.getByTestId('connect-coming').textContent ?? '';
    expect(coming).toMatch(/Google/);
    expect(coming).toMatch(/CalDAV/);
    expect(coming).toMatch(/coming/);
    expect(screen.getByRole('heading', { name: 'Connect an IMAP mailbox' })).toBeTruthy();
    // Go reports the missing keyring, but no password is kept for the demo.
    expect(screen.queryByTestId('secrets-warning')).toBeNull();
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

  it('links the demo banner to Accounts except on Accounts, where it points at the form', async () => {
    vi.mocked(Overview).mockResolvedValue(overview('demo'));
    render(App);
    await vi.waitFor(() => expect(screen.getByTestId('demo-banner')).toBeTruthy());
    const link = () => within(screen.getByTestId('demo-banner')).queryByRole('button', { name: 'Go to Accounts' });
    await fireEvent.click(link()!);
    expect(screen.getByTestId('nav-accounts').getAttribute('aria-current')).toBe('page');
    expect(link()).toBeNull();
    expect(screen.getByTestId('demo-banner').textContent).toContain('Connect an account below');
    await fireEvent.click(screen.getByTestId('nav-review'));
    expect(link()).not.toBeNull();
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

  it('listens to Go’s events and reloads the screens when an account’s data arrives', async () => {
    vi.mocked(List).mockClear();
    vi.mocked(Overview).mockResolvedValue(overview('demo'));
    render(App);
    await vi.waitFor(() => expect(screen.getByTestId('demo-banner')).toBeTruthy());
    expect(handlers.get('accounts:changed')?.size).toBe(1);
    await fireEvent.click(screen.getByTestId('nav-threads'));
    await vi.waitFor(() => expect(List).toHaveBeenCalledTimes(1));
    vi.mocked(Overview).mockResolvedValue(overview('live', [imapAccount({ lastSyncAt: '2026-11-23T08:00:00Z' })]));
    emit('accounts:changed');
    await vi.waitFor(() => expect(screen.queryByTestId('demo-banner')).toBeNull());
    await vi.waitFor(() => expect(List).toHaveBeenCalledTimes(2));
    // Nothing changed: nothing reloads.
    emit('accounts:changed');
    await vi.waitFor(() => expect(Overview).toHaveBeenCalledTimes(3));
    await new Promise((r) => setTimeout(r, 20));
    expect(List).toHaveBeenCalledTimes(2);
  });

  it('shows no demo banner on live data', async () => {
    vi.mocked(Overview).mockResolvedValue(overview('live'));
    render(App);
    await vi.waitFor(() => expect(Overview).toHaveBeenCalled());
    await Promise.resolve();
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });
});

const imapAccount = (over: Record<string, unknown> = {}) => ({
  id: 7,
  kind: 'imap',
  name: 'Work mail',
  email: 'jordan@northwind.example',
  host: 'imap.northwind.example',
  user: 'jordan@northwind.example',
  status: 'idle',
  lastSyncAt: '',
  lastError: '',
  progress: null,
  progressSeq: 0,
  ...over,
});

const form = {
  host: ' imap.northwind.example ',
  port: 993,
  tls: 'tls' as const,
  user: 'jordan@northwind.example',
  password: ' pass word ',
  email: '',
  name: 'Work mail',
};

/** A promise and the functions that settle it. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('OverviewStore accounts', () => {
  it('connects an IMAP mailbox with the typed form, pending while Go tests the sign-in', async () => {
    const d = deferred<never>();
    vi.mocked(AddIMAP).mockReturnValue(d.promise);
    const s = new OverviewStore();
    const added = s.addIMAP(form);
    expect(s.adding).toBe(true);
    const sent = vi.mocked(AddIMAP).mock.calls[0][0];
    expect(sent).toBeInstanceOf(app.IMAPForm);
    expect({ ...sent }).toEqual({
      host: 'imap.northwind.example',
      port: 993,
      tls: 'tls',
      user: 'jordan@northwind.example',
      auth: 'password',
      secret: ' pass word ',
      email: '',
      name: 'Work mail',
    });
    // A second click while Go is still testing does nothing.
    expect(await s.addIMAP(form)).toBe(false);
    expect(AddIMAP).toHaveBeenCalledTimes(1);
    d.resolve(overview('live', [imapAccount({ status: 'syncing' })]));
    expect(await added).toBe(true);
    expect(s.adding).toBe(false);
    expect(s.addError).toBeNull();
    expect(s.isDemo).toBe(false);
    expect(s.data?.accounts).toHaveLength(1);
  });

  it('keeps Go’s message when the sign-in fails', async () => {
    vi.mocked(AddIMAP).mockRejectedValue(goError('unavailable', '127.0.0.1 refused the connection on port 1. Check the port and TLS mode.'));
    const s = new OverviewStore();
    s.data = overview('demo');
    expect(await s.addIMAP({ ...form, host: '127.0.0.1', port: 1, tls: 'none' })).toBe(false);
    expect(s.addError?.message).toBe('127.0.0.1 refused the connection on port 1. Check the port and TLS mode.');
    expect(s.error).toBeNull();
    expect(s.isDemo).toBe(true);
    expect(s.adding).toBe(false);
  });

  it('syncs and removes accounts, keeping each account’s error', async () => {
    vi.mocked(SyncNow).mockResolvedValue(overview('live', [imapAccount({ status: 'syncing' })]));
    vi.mocked(Remove).mockRejectedValueOnce(goError('unavailable', 'The keyring is locked.')).mockResolvedValueOnce(overview('live'));
    const s = new OverviewStore();
    expect(await s.syncNow(7)).toBe(true);
    expect(SyncNow).toHaveBeenCalledWith(7);
    expect(s.data?.accounts[0].status).toBe('syncing');
    expect(await s.remove(7)).toBe(false);
    expect(s.accountErrors[7]?.message).toBe('The keyring is locked.');
    expect(await s.remove(7)).toBe(true);
    expect(Remove).toHaveBeenLastCalledWith(7);
    expect(s.accountErrors[7]).toBeUndefined();
    expect(s.data?.accounts).toEqual([]);
  });

  it('subscribes once to Go’s events and unsubscribes', () => {
    const s = new OverviewStore();
    const off = s.listen();
    expect(s.listen()).toBe(off);
    expect(vi.mocked(EventsOn).mock.calls.map((c) => c[0]).sort()).toEqual(['accounts:changed', 'classifier:updated', 'classify:progress', 'sync:progress']);
    off();
    expect(handlers.get('sync:progress')?.size).toBe(0);
    expect(handlers.get('accounts:changed')?.size).toBe(0);
  });

  it('reloads the overview on accounts:changed', async () => {
    vi.mocked(Overview).mockResolvedValue(overview('live', [imapAccount({ lastSyncAt: '2026-11-23T08:00:00Z' })]));
    const s = new OverviewStore();
    s.listen();
    emit('accounts:changed');
    await vi.waitFor(() => expect(s.data?.accounts[0].lastSyncAt).toBe('2026-11-23T08:00:00Z'));
    expect(Overview).toHaveBeenCalledTimes(1);
  });

  it('reloads the overview when the classifier learned from corrections, and the other screens see new data', async () => {
    const learned = { version: '2026.11-lr.12+rep.1.0a1b2c3d', corrections: 1 };
    vi.mocked(Overview).mockResolvedValueOnce({ ...(overview('demo') as object), classifier: { version: '2026.11-lr.12', corrections: 0 } } as never);
    const s = new OverviewStore();
    await s.load();
    const before = s.dataVersion;
    vi.mocked(Overview).mockResolvedValueOnce({ ...(overview('demo') as object), classifier: learned } as never);
    s.listen();
    emit('classify:progress', { done: 400, total: 1000, seq: 1 });
    expect(s.learning).toEqual({ stage: 'learning', done: 400, total: 1000 });
    emit('classify:progress', { done: 1000, total: 1000, seq: 3 });
    emit('classifier:updated', learned);
    expect(s.learning).toBeNull();
    // A report the end overtook does not bring the progress back.
    emit('classify:progress', { done: 800, total: 1000, seq: 2 });
    expect(s.learning).toBeNull();
    await vi.waitFor(() => expect(s.data?.classifier.corrections).toBe(1));
    expect(s.dataVersion).not.toBe(before);
    expect(s.dataVersion).toContain(learned.version);
  });

  it('shows the catching up after an upgrade by stage, and the other screens reload when the verdicts changed', async () => {
    vi.mocked(Overview).mockResolvedValue(overview('live', [imapAccount()]));
    const s = new OverviewStore();
    await s.load();
    const before = s.dataVersion;
    s.listen();
    emit('classify:progress', { stage: 'reading', done: 500, total: 2000, seq: 1 });
    expect(s.learning).toEqual({ stage: 'reading', done: 500, total: 2000 });
    emit('classify:progress', { stage: 'reading', done: 2000, total: 2000, seq: 2 });
    expect(s.learning).toBeNull();
    emit('classify:progress', { stage: 'judging', done: 400, total: 900, seq: 3 });
    expect(s.learning).toEqual({ stage: 'judging', done: 400, total: 900 });
    emit('classify:progress', { stage: 'judging', done: 900, total: 900, seq: 4 });
    // The same classifier and counts: only the verdicts changed.
    emit('classifier:updated', { version: '2026.11-lr.62', corrections: 0 });
    expect(s.learning).toBeNull();
    await vi.waitFor(() => expect(Overview).toHaveBeenCalledTimes(2));
    expect(s.dataVersion).not.toBe(before);
  });

  it('shows sync progress at once, then at most every interval, and drops it when the sync ends', async () => {
    vi.useFakeTimers();
    try {
      const s = new OverviewStore(200);
      s.data = overview('live', [imapAccount({ status: 'syncing' })]);
      s.listen();
      emit('sync:progress', { accountId: 7, folder: 'Sent', done: 100, total: 20000 });
      expect(s.progress[7]).toEqual({ accountId: 7, folder: 'Sent', done: 100, total: 20000 });
      for (let done = 200; done <= 1200; done += 100) emit('sync:progress', { accountId: 7, folder: 'Sent', done, total: 20000 });
      expect(s.progress[7].done).toBe(100);
      vi.advanceTimersByTime(200);
      expect(s.progress[7].done).toBe(1200);
      // The sync ends: Go says so with accounts:changed.
      vi.mocked(Overview).mockResolvedValue(overview('live', [imapAccount({ status: 'idle', lastSyncAt: '2026-11-23T08:00:00Z' })]));
      emit('accounts:changed');
      await vi.waitFor(() => expect(s.data?.accounts[0].status).toBe('idle'));
      expect(s.progress[7]).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps progress newer than a reload that was asked for before it', async () => {
    const d = deferred<never>();
    vi.mocked(Overview).mockReturnValue(d.promise);
    const s = new OverviewStore(0);
    s.listen();
    emit('accounts:changed');
    emit('sync:progress', { accountId: 7, folder: 'INBOX', done: 5, total: 50, seq: 41 });
    // The reload saw the previous sync, which ended with report 40.
    d.resolve(overview('live', [imapAccount({ status: 'idle', progressSeq: 40 })]));
    await vi.waitFor(() => expect(s.data).not.toBeNull());
    expect(s.progress[7]?.done).toBe(5);
    expect(s.isSyncing(s.data!.accounts[0])).toBe(true);
  });

  // Wails' dev server sends each event on its own goroutine, so they can
  // arrive in any order; this once left an ended sync showing "Syncing…".
  it('ignores a report of an ended sync that arrives after the sync’s end', async () => {
    const s = new OverviewStore(0);
    s.listen();
    emit('sync:progress', { accountId: 7, folder: 'Sent', done: 20, total: 36, seq: 3 });
    vi.mocked(Overview).mockResolvedValue(overview('live', [imapAccount({ status: 'idle', lastSyncAt: '2026-11-23T08:00:00Z', progressSeq: 4 })]));
    emit('accounts:changed');
    await vi.waitFor(() => expect(s.data?.accounts[0].status).toBe('idle'));
    expect(s.progress[7]).toBeUndefined();
    // Report 4, the sync's last, was overtaken by the end.
    emit('sync:progress', { accountId: 7, folder: 'Sent', done: 36, total: 36, seq: 4 });
    expect(s.progress[7]).toBeUndefined();
    expect(s.isSyncing(s.data!.accounts[0])).toBe(false);
    // The next sync's reports show.
    emit('sync:progress', { accountId: 7, folder: 'INBOX', done: 1, total: 9, seq: 5 });
    expect(s.progress[7]?.folder).toBe('INBOX');
  });

  it('never lets an older report replace a newer one', () => {
    vi.useFakeTimers();
    try {
      const s = new OverviewStore(200);
      s.listen();
      emit('sync:progress', { accountId: 7, folder: 'Sent', done: 10, total: 36, seq: 2 });
      emit('sync:progress', { accountId: 7, folder: 'Sent', done: 30, total: 36, seq: 9 });
      emit('sync:progress', { accountId: 7, folder: 'Sent', done: 20, total: 36, seq: 5 });
      vi.advanceTimersByTime(200);
      expect(s.progress[7]?.done).toBe(30);
      emit('sync:progress', { accountId: 7, folder: 'Sent', done: 25, total: 36, seq: 7 });
      vi.advanceTimersByTime(200);
      expect(s.progress[7]?.done).toBe(30);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never lets an older answer replace a newer one', async () => {
    const first = deferred<never>();
    vi.mocked(Overview).mockReturnValueOnce(first.promise).mockResolvedValueOnce(overview('live', [imapAccount()]));
    const s = new OverviewStore();
    const a = s.load();
    await s.load();
    first.resolve(overview('demo'));
    await a;
    expect(s.isDemo).toBe(false);
  });
});

describe('Accounts screen: connecting a mailbox', () => {
  const fill = async (fields: Record<string, string>) => {
    for (const [id, value] of Object.entries(fields)) await fireEvent.input(screen.getByTestId(`imap-${id}`), { target: { value } });
  };

  it('labels every field and hides the password', () => {
    const store = new OverviewStore();
    store.data = overview('demo');
    render(Accounts, { store });
    for (const label of ['Server', 'Port', 'Security', 'User name', 'Password', 'Display name (optional)']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    const pw = screen.getByLabelText('Password') as HTMLInputElement;
    expect(pw.type).toBe('password');
    expect(pw.autocomplete).toBe('off');
    expect(screen.getByRole('option', { name: 'None — only for this computer' })).toBeTruthy();
  });

  it('defaults the port to the TLS mode until the rep types one', async () => {
    const store = new OverviewStore();
    store.data = overview('demo');
    render(Accounts, { store });
    const port = screen.getByLabelText('Port') as HTMLInputElement;
    const tls = screen.getByLabelText('Security') as HTMLSelectElement;
    expect(port.value).toBe('993');
    await fireEvent.change(tls, { target: { value: 'starttls' } });
    expect(port.value).toBe('143');
    await fireEvent.change(tls, { target: { value: 'tls' } });
    expect(port.value).toBe('993');
    await fireEvent.input(port, { target: { value: '1993' } });
    await fireEvent.change(tls, { target: { value: 'starttls' } });
    expect(port.value).toBe('1993');
    expect(tls.value).toBe('starttls');
  });

  it('fills host, port and TLS from a preset and says an app password is needed', async () => {
    const store = new OverviewStore();
    store.data = overview('demo');
    render(Accounts, { store });
    const cases = [
      ['Gmail', 'imap.gmail.com'],
      ['iCloud', 'imap.mail.me.com'],
      ['Outlook / Microsoft 365', 'outlook.office365.com'],
      ['Fastmail', 'imap.fastmail.com'],
    ];
    await fireEvent.change(screen.getByLabelText('Security'), { target: { value: 'none' } });
    for (const [name, host] of cases) {
      await fireEvent.click(screen.getByRole('button', { name }));
      expect((screen.getByLabelText('Server') as HTMLInputElement).value).toBe(host);
      expect((screen.getByLabelText('Port') as HTMLInputElement).value).toBe('993');
      expect((screen.getByLabelText('Security') as HTMLSelectElement).value).toBe('tls');
      expect(screen.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('true');
      expect(screen.getByTestId('app-password-hint').textContent).toMatch(new RegExp(`${name.replace('/', '\\/')} needs an app password`));
    }
  });

  it('asks for the email address when the user name is not one', async () => {
    vi.mocked(AddIMAP).mockResolvedValue(overview('live', [imapAccount()]));
    const store = new OverviewStore();
    store.data = overview('demo');
    render(Accounts, { store });
    expect(screen.queryByLabelText('Your email address')).toBeNull();
    await fill({ host: 'mail.northwind.example', user: 'jlee', password: 'pw' });
    expect(screen.getByLabelText('Your email address')).toBeTruthy();
    await fill({ email: 'jordan@northwind.example' });
    await fireEvent.submit(screen.getByTestId('imap-form'));
    expect(vi.mocked(AddIMAP).mock.calls[0][0]).toMatchObject({ user: 'jlee', email: 'jordan@northwind.example' });
  });

  it('shows “Testing the sign-in…”, then Go’s error next to the form, keeping what was typed', async () => {
    const d = deferred<never>();
    vi.mocked(AddIMAP).mockReturnValue(d.promise);
    const store = new OverviewStore();
    store.data = overview('demo');
    render(Accounts, { store });
    await fill({ host: 'imap.example.invalid', user: 'jordan@northwind.example', password: 'secret-1' });
    await fireEvent.submit(screen.getByTestId('imap-form'));
    expect(screen.getByTestId('imap-testing').textContent).toBe('Testing the sign-in…');
    expect((screen.getByTestId('imap-submit') as HTMLButtonElement).disabled).toBe(true);
    expect(vi.mocked(AddIMAP).mock.calls[0][0]).toMatchObject({ host: 'imap.example.invalid', port: 993, tls: 'tls', secret: 'secret-1' });
    d.reject(goError('unavailable', 'imap.example.invalid could not be found. Check the server name.'));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('imap.example.invalid could not be found. Check the server name.'));
    expect(screen.queryByTestId('imap-testing')).toBeNull();
    expect((screen.getByLabelText('Server') as HTMLInputElement).value).toBe('imap.example.invalid');
    expect((screen.getByLabelText('User name') as HTMLInputElement).value).toBe('jordan@northwind.example');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('secret-1');
    expect((screen.getByTestId('imap-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('clears the form on success and lists the new account', async () => {
    vi.mocked(AddIMAP).mockResolvedValue(overview('live', [imapAccount({ status: 'syncing' })]));
    const store = new OverviewStore();
    store.data = overview('demo');
    render(Accounts, { store });
    await fill({ host: 'imap.northwind.example', port: '1993', user: 'jordan@northwind.example', password: 'secret-1', name: 'Work mail' });
    await fireEvent.submit(screen.getByTestId('imap-form'));
    await vi.waitFor(() => expect(screen.getByTestId('imap-connected').textContent).toContain('jordan@northwind.example'));
    for (const label of ['Server', 'User name', 'Password', 'Display name (optional)']) {
      expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe('');
    }
    expect((screen.getByLabelText('Port') as HTMLInputElement).value).toBe('993');
    const rows = screen.getAllByTestId('account-row');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Work mail');
    expect(rows[0].textContent).toContain('imap.northwind.example');
    expect(screen.getByTestId('account-status').textContent).toBe('Syncing…');
    expect(screen.getByTestId('mode').getAttribute('data-mode')).toBe('live');
  });
});

describe('Accounts screen: connected accounts', () => {
  it('shows the status chip, the last error and the keyring warning', () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T09:00:00Z'), toFake: ['Date'] });
    try {
      const store = new OverviewStore();
      store.data = {
        ...(overview('live', [
          imapAccount({ id: 1, name: 'Work', lastSyncAt: '2026-11-23T08:55:00Z' }),
          imapAccount({ id: 2, name: 'Old', status: 'error', lastSyncAt: '2026-11-22T06:00:00Z', lastError: 'mail.old.example refused the sign-in.' }),
          imapAccount({ id: 3, name: 'New' }),
        ]) as object),
        secretsWarning: 'No system keyring was found; passwords are kept in /data/secrets.json (readable only by you).',
      } as never;
      render(Accounts, { store });
      const chips = screen.getAllByTestId('account-status').map((c) => c.textContent);
      expect(chips).toEqual(['Synced 5 minutes ago', 'Error', 'Not synced yet']);
      const rows = screen.getAllByTestId('account-row');
      expect(rows[1].querySelector('[role=alert]')?.textContent).toBe('mail.old.example refused the sign-in.');
      expect(rows[1].textContent).toContain('Last synced yesterday');
      expect(rows[0].querySelector('[role=alert]')).toBeNull();
      expect(screen.getByTestId('secrets-warning').textContent).toContain('readable only by you');
      expect(screen.queryAllByTestId('sync-progress')).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('moves the progress bar with Go’s progress events', async () => {
    const store = new OverviewStore(0);
    store.data = overview('live', [imapAccount({ status: 'syncing' })]);
    store.listen();
    render(Accounts, { store });
    const bar = () => screen.getByTestId('sync-progress') as HTMLProgressElement;
    expect(bar().hasAttribute('value')).toBe(false);
    expect(screen.getByTestId('sync-progress-text').textContent).toBe('Starting…');
    emit('sync:progress', { accountId: 7, folder: 'Sent', done: 1200, total: 20000 });
    await vi.waitFor(() => expect(screen.getByTestId('sync-progress-text').textContent).toBe('Sent: 1,200 of 20,000'));
    expect(bar().max).toBe(20000);
    expect(bar().value).toBe(1200);
    expect(bar().getAttribute('aria-label')).toBe('Syncing Sent');
    expect((screen.getByTestId('account-sync') as HTMLButtonElement).disabled).toBe(true);
    emit('sync:progress', { accountId: 7, folder: 'INBOX', done: 30, total: 412 });
    await vi.waitFor(() => expect(screen.getByTestId('sync-progress-text').textContent).toBe('INBOX: 30 of 412'));
  });

  it('syncs now on request', async () => {
    vi.mocked(SyncNow).mockResolvedValue(overview('live', [imapAccount({ status: 'syncing' })]));
    const store = new OverviewStore();
    store.data = overview('live', [imapAccount({ lastSyncAt: '2026-11-23T08:00:00Z' })]);
    render(Accounts, { store });
    await fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(SyncNow).toHaveBeenCalledWith(7);
    await vi.waitFor(() => expect(screen.getByTestId('account-status').textContent).toBe('Syncing…'));
  });

  it('removes an account only after an inline confirmation', async () => {
    vi.mocked(Remove).mockResolvedValue(overview('live'));
    const confirm = vi.spyOn(window, 'confirm');
    const store = new OverviewStore();
    store.data = overview('live', [imapAccount()]);
    render(Accounts, { store });
    await fireEvent.click(screen.getByTestId('account-remove'));
    expect(Remove).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'Remove Work mail' });
    expect(group.textContent).toContain('Remove account and its synced mail?');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('account-remove-cancel')));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('remove-confirm')).toBeNull();
    expect(Remove).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('account-remove'));
    await fireEvent.click(screen.getByTestId('account-remove-confirm'));
    expect(Remove).toHaveBeenCalledWith(7);
    await vi.waitFor(() => expect(screen.getByTestId('accounts-table').textContent).toContain('No account connected yet.'));
    expect(confirm).not.toHaveBeenCalled();
    confirm.mockRestore();
  });

  it('shows why a removal failed in the account’s row', async () => {
    vi.mocked(Remove).mockRejectedValue(goError('unavailable', 'The keyring is locked.'));
    const store = new OverviewStore();
    store.data = overview('live', [imapAccount()]);
    render(Accounts, { store });
    await fireEvent.click(screen.getByTestId('account-remove'));
    await fireEvent.click(screen.getByTestId('account-remove-confirm'));
    await vi.waitFor(() => expect(screen.getByTestId('account-row').querySelector('[role=alert]')?.textContent).toBe('The keyring is locked.'));
  });
});
