// The Weekly screen's summary sentence and table, from Go's report as is.
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';

vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    destroy() {}
  }
  return { Chart, BarController: {}, BarElement: {}, CategoryScale: {}, Legend: {}, LinearScale: {}, LineController: {}, LineElement: {}, PointElement: {}, Tooltip: {} };
});
vi.mock('../../wailsjs/go/app/WeeklyService', () => ({ Report: vi.fn(), ReportFor: vi.fn(), Week: vi.fn(), Attention: vi.fn(), Organizations: vi.fn() }));
vi.mock('../../wailsjs/go/app/CallsService', () => ({ Log: vi.fn() }));

import Weekly from '../lib/screens/Weekly.svelte';
import { WeeklyStore } from '../lib/stores/weekly.svelte';
import { CallLogStore } from '../lib/stores/calls.svelte';

const w = (n: number, contacts: number, connects: number, tb: number) => ({
  week: `2026-W${n}`,
  start: `2026-11-${String(n - 44).padStart(2, '0')}`,
  contacts,
  people_contacted: contacts,
  connects,
  touching_base: tb,
  connect_ratio: contacts + connects ? connects / (contacts + connects) : 0,
});

describe('Weekly screen', () => {
  it('says this week’s figures against the weeks before, and lists every week', () => {
    const weeks = [w(45, 20, 5, 4), w(46, 10, 0, 0), w(47, 3, 1, 0)];
    const store = new WeeklyStore();
    store.report = {
      weeks,
      touchingBaseShare: [0.2, 0, 0],
      trend: { week: '2026-W47', connects: 1, contacts: 3, ratio: 0.25, avgConnects: 2.5, avgContacts: 15, avgRatio: 0.1, weeks: 2 },
      timeZone: 'America/Chicago',
    } as never;
    render(Weekly, { store, calls: new CallLogStore() });
    const sentence = screen.getByTestId('weekly-sentence').textContent?.replace(/\s+/g, ' ');
    expect(sentence).toContain('This week: 1 connect, 3 contacts, ratio 25%.');
    expect(sentence).toContain('The 2 weeks before averaged 2.5 connects, 15.0 contacts, ratio 10%.');
    const rows = screen.getAllByTestId('week-row');
    expect(rows.map((r) => r.getAttribute('data-week'))).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    const cell = (r: number, c: string) => rows[r].querySelector(`[data-col=${c}]`)?.textContent;
    expect(cell(0, 'contacts')).toBe('20');
    expect(cell(0, 'connects')).toBe('5');
    expect(cell(0, 'touching_base')).toBe('4');
    expect(cell(0, 'tb_share')).toBe('20%');
    expect(cell(0, 'ratio')).toBe('20%');
    expect(cell(2, 'ratio')).toBe('25%');
    expect(screen.getByRole('table').querySelectorAll('th[scope=col]')).toHaveLength(8);
  });

  it('shows Go’s message when the report fails', () => {
    const store = new WeeklyStore();
    store.error = { code: 'invalid', message: 'A report covers 1 to 104 weeks, not 500.' };
    render(Weekly, { store, calls: new CallLogStore() });
    expect(screen.getByRole('alert').textContent).toBe('A report covers 1 to 104 weeks, not 500.');
  });
});
