// The Threads store and screen: ranking kept as Go sends it, errors, rows
// with their states, and an opened thread's messages.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('../../wailsjs/go/app/ThreadsService', () => ({ List: vi.fn(), Get: vi.fn(), CallCandidates: vi.fn(), CorrectLabel: vi.fn() }));

import { CorrectLabel, Get, List } from '../../wailsjs/go/app/ThreadsService';
import { ThreadsStore } from '../lib/stores/threads.svelte';
import Threads from '../lib/screens/Threads.svelte';

const goError = (code: string, message: string) => JSON.stringify({ code, message });

const summary = (id: number, states: string[], extra: Record<string, unknown> = {}) => ({
  id,
  subject: `Thread ${id}`,
  organization: 'Acme Logistics',
  participants: ['ann@acme.example', 'bo@acme.example'],
  messages: 5,
  outbound: 3,
  inbound: 2,
  firstAt: '2026-11-02T09:00:00Z',
  lastAt: '2026-11-18T15:00:00Z',
  states,
  unanswered: states.includes('silent') ? 3 : 0,
  silentSince: '',
  callScore: states.includes('call_candidate') ? 0.75 : 0,
  reasons: states.length ? ['8 messages in 6 days'] : [],
  advice: states.length ? 'Ask for 15 minutes.' : '',
  ...extra,
});

beforeEach(() => {
  vi.mocked(List).mockReset();
  vi.mocked(Get).mockReset();
  vi.mocked(CorrectLabel).mockReset();
});

describe('ThreadsStore', () => {
  it('keeps Go’s order', async () => {
    vi.mocked(List).mockResolvedValue({ threads: [summary(9, ['silent']), summary(2, ['call_candidate']), summary(5, [])] } as never);
    const s = new ThreadsStore();
    await s.load();
    expect(s.threads.map((t) => t.id)).toEqual([9, 2, 5]);
    expect(s.loaded).toBe(true);
    expect(s.error).toBeNull();
  });

  it('turns a failing list into a message', async () => {
    vi.mocked(List).mockRejectedValue(goError('unavailable', 'No data is open yet.'));
    const s = new ThreadsStore();
    await s.load();
    expect(s.error?.message).toBe('No data is open yet.');
    expect(s.threads).toEqual([]);
    expect(s.loaded).toBe(true);
  });

  it('copes with null lists from Go', async () => {
    vi.mocked(List).mockResolvedValue({ threads: null } as never);
    vi.mocked(Get).mockResolvedValue({ summary: summary(1, []), messages: null } as never);
    const s = new ThreadsStore();
    await s.load();
    expect(s.threads).toEqual([]);
    await s.select(1);
    expect(s.open?.messages).toEqual([]);
  });
});

describe('Threads screen', () => {
  it('shows each row’s subject, organization, people, counts, states, score, reasons and advice', () => {
    const store = new ThreadsStore();
    store.loaded = true;
    store.threads = [summary(1, ['call_candidate', 'stalled']), summary(2, ['silent']), summary(3, [])] as never;
    render(Threads, { store });
    const rows = screen.getAllByTestId('thread-row');
    expect(rows).toHaveLength(3);
    const first = rows[0];
    expect(first.textContent).toContain('Thread 1');
    expect(first.textContent).toContain('Acme Logistics');
    expect(first.textContent).toContain('ann@acme.example, bo@acme.example');
    expect(first.textContent).toContain('5 messages (3 sent, 2 received)');
    expect([...first.querySelectorAll('[data-testid=state-chip]')].map((c) => c.textContent)).toEqual(['Call candidate', 'Stalled']);
    expect(first.querySelector('[data-testid=call-score]')?.textContent).toContain('0.75');
    expect(first.querySelector('[data-testid=row-advice]')?.textContent).toBe('Ask for 15 minutes.');
    expect([...rows[1].querySelectorAll('[data-testid=state-chip]')].map((c) => c.textContent)).toEqual(['Silent']);
    expect(rows[2].querySelector('[data-testid=state-chip]')).toBeNull();
    expect(rows[2].querySelector('[data-testid=call-score]')).toBeNull();
  });

  it('filters by state', async () => {
    const store = new ThreadsStore();
    store.loaded = true;
    store.threads = [summary(1, ['call_candidate']), summary(2, ['silent']), summary(3, ['silent', 'stalled'])] as never;
    render(Threads, { store });
    await fireEvent.click(screen.getByRole('button', { name: /^Silent/ }));
    expect(screen.getAllByTestId('thread-row').map((r) => r.textContent?.includes('Thread 1'))).toEqual([false, false]);
  });

  it('opens a thread: direction, sender, text as text, label and score on sent mail', async () => {
    vi.mocked(Get).mockResolvedValue({
      summary: summary(1, ['call_candidate']),
      messages: [
        { id: 11, direction: 'in', from: 'Ann <ann@acme.example>', to: ['jordan@northwind.example'], date: '2026-11-10T09:00:00Z', subject: 'Pilot', ownText: 'Can we <b>talk</b> pricing?', label: '', score: 0, reasons: [] },
        {
          id: 12, direction: 'out', from: 'jordan@northwind.example', to: ['ann@acme.example'], date: '2026-11-12T09:00:00Z', subject: 'Re: Pilot',
          ownText: 'Just checking in — any update?', label: 'touching_base', score: 12,
          reasons: [{ effect: 'lowers', code: 'checkin', text: 'a check-in', start: 0, end: 16 }],
        },
      ],
    } as never);
    const store = new ThreadsStore();
    store.loaded = true;
    store.threads = [summary(1, ['call_candidate'])] as never;
    render(Threads, { store });
    await fireEvent.click(screen.getByRole('button', { name: 'Thread 1' }));
    await vi.waitFor(() => expect(screen.getByTestId('thread-detail')).toBeTruthy());
    expect(Get).toHaveBeenCalledWith(1);
    const msgs = screen.getAllByTestId('thread-message');
    expect(msgs.map((m) => m.getAttribute('data-direction'))).toEqual(['in', 'out']);
    expect(msgs[0].textContent).toContain('Received');
    expect(msgs[0].textContent).toContain('Ann <ann@acme.example>');
    expect(msgs[0].querySelector('b')).toBeNull();
    expect(msgs[0].textContent).toContain('Can we <b>talk</b> pricing?');
    expect(msgs[0].querySelector('[data-testid=message-label]')).toBeNull();
    expect(msgs[1].textContent).toContain('Sent');
    expect(msgs[1].querySelector('[data-testid=message-label]')?.textContent).toBe('Touching base');
    expect(msgs[1].querySelector('[data-testid=message-score]')?.textContent).toBe('value 12/100');
    expect(msgs[1].querySelector('mark.lowers')?.textContent).toBe('Just checking in');
    expect(screen.getByTestId('thread-advice').textContent).toBe('Ask for 15 minutes.');
    // without a handler (or a sentence) there is nothing to write
    expect(screen.queryByTestId('reply-in-review')).toBeNull();
  });

  it('hands the opened thread to Review with the sentence its advice offers', async () => {
    const s = { ...summary(1, ['call_candidate']), ask: 'Could we take 15 minutes on the phone on Friday at 10:00 or Monday at 14:30 to settle this?' };
    vi.mocked(Get).mockResolvedValue({ summary: s, messages: [], replySubject: 'Re: Thread 1', replyGreeting: 'Hi Ann,', replySignOff: 'Best,\nJess' } as never);
    const store = new ThreadsStore();
    store.loaded = true;
    store.threads = [s] as never;
    const onreply = vi.fn();
    render(Threads, { store, onreply });
    await fireEvent.click(screen.getByRole('button', { name: 'Thread 1' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Write it in Review' }));
    expect(onreply).toHaveBeenCalledWith({ id: 1, subject: 'Re: Thread 1', ask: s.ask, greeting: 'Hi Ann,', signOff: 'Best,\nJess' });
  });

  it('shows Go’s message when a thread cannot be opened', async () => {
    vi.mocked(Get).mockRejectedValue(goError('not_found', 'There is no thread 1.'));
    const store = new ThreadsStore();
    store.loaded = true;
    store.threads = [summary(1, [])] as never;
    render(Threads, { store });
    await fireEvent.click(screen.getByRole('button', { name: 'Thread 1' }));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('There is no thread 1.'));
  });

  it('lets the rep overrule a verdict and undo it', async () => {
    const sent = {
      id: 12, direction: 'out', from: 'jordan@northwind.example', to: ['ann@acme.example'], date: '2026-11-12T09:00:00Z', subject: 'Re: Pilot',
      ownText: 'Any thoughts? I moved the start to May 4.', label: 'touching_base', score: 41, reasons: [], corrected: false,
    };
    vi.mocked(Get).mockResolvedValue({ summary: summary(1, []), messages: [sent] } as never);
    vi.mocked(CorrectLabel).mockResolvedValueOnce({ ...sent, label: 'substantive', corrected: true, reasons: null } as never);
    const store = new ThreadsStore();
    store.loaded = true;
    store.threads = [summary(1, [])] as never;
    render(Threads, { store });
    await fireEvent.click(screen.getByRole('button', { name: 'Thread 1' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Not touching base' }));
    expect(CorrectLabel).toHaveBeenCalledWith(12, 'substantive');
    await vi.waitFor(() => expect(screen.getByTestId('message-label').textContent).toBe('Substantive'));
    expect(screen.getByTestId('corrected').textContent).toBe('your call · Dialtone learns from it');
    vi.mocked(CorrectLabel).mockRejectedValueOnce(goError('invalid', 'Only emails you sent have a verdict to correct.'));
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(CorrectLabel).toHaveBeenLastCalledWith(12, '');
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Only emails you sent have a verdict to correct.'));
    expect(screen.getByTestId('message-label').textContent).toBe('Substantive');
  });
});
