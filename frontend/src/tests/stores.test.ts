import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../wailsjs/go/app/WeeklyService', () => ({ Report: vi.fn(), ReportFor: vi.fn(), Week: vi.fn(), Attention: vi.fn(), Organizations: vi.fn() }));
vi.mock('../../wailsjs/go/app/CallsService', () => ({ Log: vi.fn() }));
vi.mock('../../wailsjs/go/app/ThreadsService', () => ({ List: vi.fn(), Get: vi.fn(), CallCandidates: vi.fn() }));
vi.mock('../../wailsjs/go/app/ReviewService', () => ({ Add: vi.fn(), Check: vi.fn(), Drafts: vi.fn() }));
vi.mock('../../wailsjs/go/app/AccountsService', () => ({ Overview: vi.fn(), UseDemo: vi.fn() }));

import { ReportFor as Report, Week } from '../../wailsjs/go/app/WeeklyService';
import { Log } from '../../wailsjs/go/app/CallsService';
import { CallLogStore } from '../lib/stores/calls.svelte';
import { Get, List } from '../../wailsjs/go/app/ThreadsService';
import { Add, Check } from '../../wailsjs/go/app/ReviewService';
import { Overview } from '../../wailsjs/go/app/AccountsService';
import { WeeklyStore } from '../lib/stores/weekly.svelte';
import { ThreadsStore } from '../lib/stores/threads.svelte';
import { ReviewStore } from '../lib/stores/review.svelte';
import { OverviewStore } from '../lib/stores/overview.svelte';

const week = (n: number, connects: number, contacts: number) => ({
  week: `2026-W${n}`,
  start: '',
  contacts,
  people_contacted: contacts,
  connects,
  touching_base: 0,
  connect_ratio: connects / (connects + contacts || 1),
});

const goError = (code: string, message: string) => JSON.stringify({ code, message });

describe('WeeklyStore', () => {
  it('loads the report and shows Go’s trend', async () => {
    const trend = { week: '2026-W45', connects: 5, contacts: 20, ratio: 0.2, avgConnects: 2.5, avgContacts: 10, avgRatio: 0.2, weeks: 4 };
    vi.mocked(Report).mockResolvedValue({ weeks: [week(44, 4, 10), week(45, 5, 20)], touchingBaseShare: [0, 0], trend, timeZone: 'UTC' } as never);
    const s = new WeeklyStore();
    await s.load(6);
    expect(Report).toHaveBeenCalledWith(6, '');
    expect(s.trend).toEqual(trend);
    expect(s.error).toBeNull();
  });
  it('shows Go’s message on failure', async () => {
    vi.mocked(Report).mockRejectedValue(goError('invalid', 'A report covers 1 to 104 weeks, not 500.'));
    const s = new WeeklyStore();
    await s.load(500);
    expect(s.error?.message).toBe('A report covers 1 to 104 weeks, not 500.');
    expect(s.report).toBeNull();
  });
});

describe('WeeklyStore per organization', () => {
  it('narrows the report and the open week to one organization', async () => {
    vi.mocked(Report).mockResolvedValue({ weeks: [week(47, 1, 2)], timeZone: 'UTC' } as never);
    vi.mocked(Week).mockResolvedValue({ week: '2026-W47', start: '2026-11-16', contacts: [], connects: [] } as never);
    const s = new WeeklyStore();
    await s.selectWeek('2026-11-16');
    await s.setOrg('acme.example');
    expect(Report).toHaveBeenLastCalledWith(12, 'acme.example');
    expect(Week).toHaveBeenLastCalledWith('2026-11-16', 'acme.example');
    expect(s.detail?.week).toBe('2026-W47');
  });
});

describe('WeeklyStore answers out of order', () => {
  it('keeps the organization’s report when the report for all arrives after it', async () => {
    let answerAll: (v: unknown) => void = () => {};
    vi.mocked(Report)
      .mockImplementationOnce(() => new Promise((resolve) => (answerAll = resolve)) as never)
      .mockResolvedValueOnce({ weeks: [week(47, 1, 2)], timeZone: 'UTC' } as never);
    const s = new WeeklyStore();
    const all = s.load();
    await s.setOrg('acme.example');
    answerAll({ weeks: [week(47, 40, 242)], timeZone: 'UTC' });
    await all;
    expect(s.report?.weeks[0].contacts).toBe(2);
    expect(s.loading).toBe(false);
  });
});

describe('CallLogStore', () => {
  it('sends the call and clears the form', async () => {
    vi.mocked(Log).mockResolvedValue({ id: 1, email: 'ann@x.example', name: 'Ann', start: '', minutes: 20, note: '' } as never);
    const s = new CallLogStore();
    s.email = 'ann@x.example';
    s.name = 'Ann';
    s.start = '2026-11-19T10:00';
    s.minutes = 20;
    expect(await s.submit()).toBe(true);
    expect(vi.mocked(Log).mock.calls[0][0]).toMatchObject({ email: 'ann@x.example', start: '2026-11-19T10:00', minutes: 20 });
    expect(s.email).toBe('');
    expect(s.last?.minutes).toBe(20);
  });
  it('keeps the form and shows Go’s message when refused', async () => {
    vi.mocked(Log).mockRejectedValue(goError('invalid', 'That call is in the future: log it after it happened.'));
    const s = new CallLogStore();
    s.email = 'ann@x.example';
    expect(await s.submit()).toBe(false);
    expect(s.email).toBe('ann@x.example');
    expect(s.error?.message).toContain('future');
  });
});

describe('ThreadsStore', () => {
  const t = (id: number, states: string[]) => ({ id, subject: `t${id}`, states }) as never;
  it('filters by state and opens a thread', async () => {
    vi.mocked(List).mockResolvedValue({ threads: [t(1, ['call_candidate']), t(2, ['silent', 'stalled']), t(3, [])] } as never);
    vi.mocked(Get).mockResolvedValue({ summary: t(2, ['silent']), messages: [] } as never);
    const s = new ThreadsStore();
    await s.load();
    expect(s.visible).toHaveLength(3);
    expect(s.count('stalled')).toBe(1);
    s.filter = 'silent';
    expect(s.visible.map((x) => x.id)).toEqual([2]);
    await s.select(2);
    expect(s.open?.summary.id).toBe(2);
    s.close();
    expect(s.open).toBeNull();
  });
  it('reports a missing thread', async () => {
    vi.mocked(Get).mockRejectedValue(goError('not_found', 'There is no thread 7.'));
    const s = new ThreadsStore();
    await s.select(7);
    expect(s.openError?.code).toBe('not_found');
  });
});

describe('ReviewStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces typing into one check of the latest text', async () => {
    vi.mocked(Check).mockReset();
    vi.mocked(Check).mockImplementation(async (req) => ({ ownText: req.text, words: req.text.split(/\s+/).length, reasons: [], suggestions: [] }) as never);
    const s = new ReviewStore(250);
    s.edit({ text: 'Hi' });
    s.edit({ text: 'Hi Mark' });
    vi.advanceTimersByTime(200);
    s.edit({ text: 'Hi Mark, any update?' });
    expect(s.pending).toBe(true);
    vi.advanceTimersByTime(249);
    expect(Check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(Check).toHaveBeenCalledTimes(1);
    expect(vi.mocked(Check).mock.calls[0][0].text).toBe('Hi Mark, any update?');
    expect(s.result?.words).toBe(4);
    expect(s.pending).toBe(false);
  });

  it('keeps only the newest answer when an old one arrives late', async () => {
    let release: (v: unknown) => void = () => {};
    vi.mocked(Check).mockReset();
    vi.mocked(Check)
      .mockImplementationOnce(() => new Promise((r) => (release = r)) as never)
      .mockImplementationOnce(async () => ({ ownText: 'new', words: 1, reasons: [], suggestions: [] }) as never);
    const s = new ReviewStore(0);
    s.text = 'old';
    const first = s.check();
    s.text = 'new';
    await s.check();
    release({ ownText: 'old', words: 1, reasons: [], suggestions: [] });
    await first;
    expect(s.result?.ownText).toBe('new');
  });

  it('adds a suggested sentence where Go puts it and checks the new draft', async () => {
    vi.mocked(Check).mockReset();
    vi.mocked(Check).mockImplementation(async (req) => ({ ownText: req.text, words: 1, reasons: [], suggestions: [] }) as never);
    vi.mocked(Add).mockImplementation(async (text, paste) => text.replace('\n\nBest', `\n\n${paste}\n\nBest`));
    const s = new ReviewStore(250);
    s.text = 'Any update?\n\nBest,\nJess';
    await s.add('Would Friday at 10:00 work?');
    expect(Add).toHaveBeenCalledWith('Any update?\n\nBest,\nJess', 'Would Friday at 10:00 work?');
    expect(s.text).toBe('Any update?\n\nWould Friday at 10:00 work?\n\nBest,\nJess');
    expect(Check).toHaveBeenCalledTimes(1);
    expect(s.result?.ownText).toBe(s.text);
  });

  it('keeps what the rep typed while a sentence was being added', async () => {
    let release: (v: string) => void = () => {};
    vi.mocked(Add).mockReset();
    vi.mocked(Add).mockImplementationOnce(() => new Promise<string>((r) => (release = r)));
    const s = new ReviewStore(250);
    s.text = 'Any update?';
    const adding = s.add('Would Friday at 10:00 work?');
    s.edit({ text: 'Any update? The quote is attached.' });
    release('Any update?\n\nWould Friday at 10:00 work?');
    await adding;
    expect(s.text).toBe('Any update? The quote is attached.');
  });

  it('shows Go’s message when a sentence cannot be added', async () => {
    vi.mocked(Add).mockReset();
    vi.mocked(Add).mockRejectedValueOnce(goError('invalid', 'The draft is too long to review (over 1 MB).'));
    const s = new ReviewStore(250);
    s.text = 'x';
    await s.add('Would Friday at 10:00 work?');
    expect(s.error?.message).toBe('The draft is too long to review (over 1 MB).');
    expect(s.text).toBe('x');
  });

  it('starts a reply to a thread, with the subject Go gives it, with the sentence its advice offers', async () => {
    vi.mocked(Check).mockReset();
    vi.mocked(Check).mockImplementation(async (req) => ({ ownText: req.text, words: 1, reasons: [], suggestions: [] }) as never);
    const s = new ReviewStore(250);
    await s.reply({ id: 9, subject: 'Re: Pricing', ask: 'Could we take 15 minutes on the phone on Friday at 10:00 or Monday at 14:30 to settle this?' });
    expect(s.subject).toBe('Re: Pricing');
    expect(s.threadId).toBe(9);
    expect(s.text).toBe('Could we take 15 minutes on the phone on Friday at 10:00 or Monday at 14:30 to settle this?\n');
    expect(vi.mocked(Check).mock.calls[0][0]).toMatchObject({ subject: 'Re: Pricing', threadId: 9 });
    expect(s.putAside).toBeNull();
  });

  it('opens a reply with the rep’s own greeting to that customer', async () => {
    vi.mocked(Check).mockReset();
    vi.mocked(Check).mockImplementation(async (req) => ({ ownText: req.text, words: 1, reasons: [], suggestions: [] }) as never);
    const s = new ReviewStore(250);
    await s.reply({ id: 9, subject: 'Re: Angebot', ask: 'Was würden Sie vorschlagen, wie wir von hier aus weitermachen?', greeting: 'Sehr geehrter Herr Weber,' });
    expect(s.text).toBe('Sehr geehrter Herr Weber,\n\nWas würden Sie vorschlagen, wie wir von hier aus weitermachen?\n');
  });

  it('closes a reply with the rep’s own sign-off', async () => {
    vi.mocked(Check).mockReset();
    vi.mocked(Check).mockImplementation(async (req) => ({ ownText: req.text, words: 1, reasons: [], suggestions: [] }) as never);
    const s = new ReviewStore(250);
    await s.reply({ id: 9, subject: 'Re: Pricing', ask: 'Could we talk on Friday at 10:00?', greeting: 'Hi Ann,', signOff: 'Best,\nJess' });
    expect(s.text).toBe('Hi Ann,\n\nCould we talk on Friday at 10:00?\n\nBest,\nJess');
  });

  it('puts an earlier draft aside for a reply to another thread, and swaps it back', async () => {
    vi.mocked(Check).mockReset();
    vi.mocked(Check).mockImplementation(async (req) => ({ ownText: req.text, words: 1, reasons: [], suggestions: [] }) as never);
    const s = new ReviewStore(250);
    s.edit({ subject: 'Pilot', text: 'The pilot starts on the 3rd.', threadId: 4 });
    await s.reply({ id: 9, subject: 'Re: Pricing', ask: 'What would you suggest we do to progress from here?' });
    expect(s.putAside).toEqual({ subject: 'Pilot', text: 'The pilot starts on the 3rd.', threadId: 4 });
    expect(s.text).toBe('What would you suggest we do to progress from here?\n');
    await s.restore();
    expect(s).toMatchObject({ subject: 'Pilot', text: 'The pilot starts on the 3rd.', threadId: 4 });
    // the reply is not lost either: it is the one put aside now
    expect(s.putAside).toEqual({ subject: 'Re: Pricing', text: 'What would you suggest we do to progress from here?\n', threadId: 9 });
  });

  it('adds the sentence to a draft that already answers the same thread', async () => {
    vi.mocked(Check).mockReset();
    vi.mocked(Check).mockImplementation(async (req) => ({ ownText: req.text, words: 1, reasons: [], suggestions: [] }) as never);
    vi.mocked(Add).mockReset();
    vi.mocked(Add).mockImplementation(async (text, paste) => text.replace('\n\nBest', `\n\n${paste}\n\nBest`));
    const s = new ReviewStore(250);
    s.edit({ subject: 'Re: Pricing', text: 'Hi Ann,\n\nBest,\nJess', threadId: 9 });
    await s.reply({ id: 9, subject: 'Re: Pricing', ask: 'Could we talk on Friday at 10:00?' });
    expect(s.text).toBe('Hi Ann,\n\nCould we talk on Friday at 10:00?\n\nBest,\nJess');
    expect(s.putAside).toBeNull();
  });

  it('clears the verdict for an empty draft without calling Go', async () => {
    vi.mocked(Check).mockReset();
    const s = new ReviewStore(0);
    s.edit({ text: '   ' });
    await vi.advanceTimersByTimeAsync(1);
    expect(Check).not.toHaveBeenCalled();
    expect(s.result).toBeNull();
  });
});

describe('OverviewStore', () => {
  it('knows demo mode', async () => {
    vi.mocked(Overview).mockResolvedValue({ mode: 'demo', accounts: [], counts: {}, repEmails: [] } as never);
    const s = new OverviewStore();
    await s.load();
    expect(s.isDemo).toBe(true);
  });
});
