// The Review store and screen: errors, saved drafts, the verdict before the
// classifier answers, and highlights over non-ASCII own text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('../../wailsjs/go/app/ReviewService', () => ({ Check: vi.fn(), Drafts: vi.fn() }));
vi.mock('../../wailsjs/go/app/ThreadsService', () => ({ List: vi.fn(), Get: vi.fn(), CallCandidates: vi.fn() }));

import { Check, Drafts } from '../../wailsjs/go/app/ReviewService';
import { List } from '../../wailsjs/go/app/ThreadsService';
import { ReviewStore } from '../lib/stores/review.svelte';
import { ThreadsStore } from '../lib/stores/threads.svelte';
import Review from '../lib/screens/Review.svelte';

const goError = (code: string, message: string) => JSON.stringify({ code, message });
const bytes = (s: string) => new TextEncoder().encode(s).length;

beforeEach(() => {
  vi.mocked(Check).mockReset();
  vi.mocked(Drafts).mockReset().mockResolvedValue([]);
  vi.mocked(List).mockReset().mockResolvedValue({ threads: [] } as never);
});

describe('ReviewStore errors and drafts', () => {
  it('shows Go’s message when the check fails, and clears it on success', async () => {
    vi.mocked(Check).mockRejectedValueOnce(goError('invalid', 'The draft is too long to review (over 1 MB).'));
    const s = new ReviewStore(0);
    s.text = 'x'.repeat(10);
    await s.check();
    expect(s.error).toEqual({ code: 'invalid', message: 'The draft is too long to review (over 1 MB).' });
    expect(s.pending).toBe(false);

    vi.mocked(Check).mockResolvedValueOnce({ ownText: 'xxxxxxxxxx', words: 1, classified: false, reasons: [], suggestions: [] } as never);
    await s.check();
    expect(s.error).toBeNull();
    expect(s.result?.words).toBe(1);
  });

  it('falls back to the raw text for an error that is not Go’s JSON', async () => {
    vi.mocked(Check).mockRejectedValueOnce('runtime not ready');
    const s = new ReviewStore(0);
    s.text = 'hello';
    await s.check();
    expect(s.error?.message).toBe('runtime not ready');
  });

  it('sends subject, text and thread to Go', async () => {
    vi.mocked(Check).mockResolvedValue({ ownText: 'Hi', words: 1, reasons: [], suggestions: [] } as never);
    const s = new ReviewStore(0);
    s.edit({ subject: 'Proposal', text: 'Hi', threadId: 42 });
    await s.check();
    expect(vi.mocked(Check).mock.calls[0][0]).toMatchObject({ subject: 'Proposal', text: 'Hi', threadId: 42 });
  });

  it('loads saved drafts and checks the picked one', async () => {
    const d = { id: 7, subject: 'Re: Pilot', to: 'ann@acme.example', date: '', text: 'Any update?', threadId: 3 };
    vi.mocked(Drafts).mockResolvedValue([d] as never);
    vi.mocked(Check).mockResolvedValue({ ownText: 'Any update?', words: 2, reasons: [], suggestions: [] } as never);
    const s = new ReviewStore(0);
    await s.loadDrafts();
    expect(s.drafts).toHaveLength(1);
    await s.pick(s.drafts[0]);
    expect(s.subject).toBe('Re: Pilot');
    expect(s.threadId).toBe(3);
    expect(vi.mocked(Check).mock.calls[0][0]).toMatchObject({ text: 'Any update?', threadId: 3 });
    expect(s.result?.words).toBe(2);
  });

  it('treats a null draft list as empty and reports a failing one', async () => {
    vi.mocked(Drafts).mockResolvedValueOnce(null as never);
    const s = new ReviewStore(0);
    await s.loadDrafts();
    expect(s.drafts).toEqual([]);
    vi.mocked(Drafts).mockRejectedValueOnce(goError('internal', 'The database is locked.'));
    await s.loadDrafts();
    expect(s.error?.message).toBe('The database is locked.');
  });
});

describe('ReviewStore debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause after the last keystroke, then checks once per pause', async () => {
    vi.mocked(Check).mockImplementation(async (req) => ({ ownText: req.text, words: 1, reasons: [], suggestions: [] }) as never);
    const s = new ReviewStore(250);
    for (const t of ['J', 'Ju', 'Jus', 'Just']) {
      s.edit({ text: t });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(Check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(Check).toHaveBeenCalledTimes(1);
    s.edit({ subject: 'Hello' });
    await vi.advanceTimersByTimeAsync(250);
    expect(Check).toHaveBeenCalledTimes(2);
    expect(vi.mocked(Check).mock.calls[1][0]).toMatchObject({ subject: 'Hello', text: 'Just' });
    s.edit({ text: 'Just one more' });
    s.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(Check).toHaveBeenCalledTimes(2);
  });
});

describe('Review screen', () => {
  it('before the classifier answers: own text, Go’s word count, and the verdict to come', () => {
    const store = new ReviewStore(0);
    store.result = { ownText: 'Hi Mark, any news?', words: 4, classified: false, label: '', score: 0, reasons: [], thread: null, suggestions: [] } as never;
    render(Review, { store, threads: new ThreadsStore() });
    expect(screen.getByTestId('own-text').textContent).toBe('Hi Mark, any news?');
    expect(screen.getByTestId('word-count').textContent).toContain('4 words');
    expect(screen.getByTestId('verdict-pending').textContent).toMatch(/verdict is coming/);
    expect(screen.queryByTestId('verdict-label')).toBeNull();
  });

  it('highlights byte-offset spans correctly in non-ASCII text, with a title per reason', () => {
    const own = 'Grüße Zoë 👋 — just checking in. Preis: 40 € pro Monat.';
    const p1 = 'just checking in';
    const p2 = '40 € pro Monat';
    const s1 = bytes(own.slice(0, own.indexOf(p1)));
    const s2 = bytes(own.slice(0, own.indexOf(p2)));
    const store = new ReviewStore(0);
    store.result = {
      ownText: own, words: 10, classified: true, label: 'substantive', score: 64,
      reasons: [
        { effect: 'lowers', code: 'checkin', text: '“just checking in” asks for a reply without adding anything', start: s1, end: s1 + bytes(p1) },
        { effect: 'raises', code: 'price', text: 'a concrete price', start: s2, end: s2 + bytes(p2) },
      ],
      thread: null, suggestions: [],
    } as never;
    render(Review, { store, threads: new ThreadsStore() });
    const lowers = document.querySelector('mark.lowers');
    const raises = document.querySelector('mark.raises');
    expect(lowers?.textContent).toBe(p1);
    expect(lowers?.getAttribute('title')).toMatch(/asks for a reply/);
    expect(raises?.textContent).toBe(p2);
    expect(raises?.getAttribute('title')).toBe('a concrete price');
    expect(screen.getByTestId('own-text').textContent).toBe(own);
    expect(screen.getByTestId('verdict-label').textContent).toBe('Substantive');
    expect(screen.getByTestId('verdict-score').textContent).toBe('64/100');
    expect(screen.getByTestId('reasons-lowers').textContent).toContain('just checking in');
    expect(screen.getByTestId('reasons-raises').textContent).toContain('a concrete price');
    expect(screen.queryByTestId('silent-warning')).toBeNull();
  });

  it('lists a phrase said twice once, and highlights both', () => {
    const own = 'No response. Fax sent again. No response.';
    const reason = (start: number) => ({ effect: 'lowers', code: 'checkin', text: '“No response” asks for a reply without adding anything', start, end: start + 11 });
    const store = new ReviewStore(0);
    store.result = { ownText: own, words: 7, classified: true, label: 'touching_base', score: 30, reasons: [reason(0), reason(29)], thread: null, suggestions: [] } as never;
    render(Review, { store, threads: new ThreadsStore() });
    expect(document.querySelectorAll('mark.lowers')).toHaveLength(2);
    const items = screen.getByTestId('reasons-lowers').querySelectorAll('li');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toBe('“No response” asks for a reply without adding anything (2 times)');
  });

  it('shows own text as text, never as HTML', () => {
    const store = new ReviewStore(0);
    store.result = { ownText: '<img src=x onerror=alert(1)> <b>bold</b>', words: 3, classified: true, label: 'substantive', score: 50, reasons: [], thread: null, suggestions: [] } as never;
    render(Review, { store, threads: new ThreadsStore() });
    const own = screen.getByTestId('own-text');
    expect(own.querySelector('img, b')).toBeNull();
    expect(own.textContent).toBe('<img src=x onerror=alert(1)> <b>bold</b>');
  });

  it('narrows a long thread list by a search, keeping the picked thread', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: i + 1, subject: `Topic ${i + 1}`, organization: i % 2 ? 'Delta Robotics' : 'Acme', participants: [], states: [],
    }));
    vi.mocked(List).mockResolvedValue({ threads: many } as never);
    const threads = new ThreadsStore();
    await threads.load();
    const store = new ReviewStore(0);
    store.threadId = 7;
    render(Review, { store, threads });
    const picker = screen.getByTestId('thread-picker') as HTMLSelectElement;
    const labels = () => Array.from(picker.options).map((o) => o.textContent ?? '');
    // The new-conversation choice, the first 50 threads, and how many more.
    expect(picker.options.length).toBe(52);
    expect(labels().at(-1)).toBe('70 more: search to narrow the list');
    expect(picker.value).toBe('7');
    await fireEvent.input(screen.getByTestId('thread-search'), { target: { value: 'delta topic 11' } });
    // Delta has the even topics: 110–118 match. Topic 7 (Acme) stays: it is picked.
    expect(labels()).toEqual([
      '— a new conversation —', 'Topic 7 · Acme',
      ...[110, 112, 114, 116, 118].map((n) => `Topic ${n} · Delta Robotics`),
    ]);
    expect(picker.value).toBe('7');
  });

  it('shows Go’s error message', () => {
    const store = new ReviewStore(0);
    store.error = { code: 'not_found', message: 'There is no thread 9.' };
    render(Review, { store, threads: new ThreadsStore() });
    expect(screen.getByRole('alert').textContent).toBe('There is no thread 9.');
  });
});
