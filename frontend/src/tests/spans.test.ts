import { describe, expect, it } from 'vitest';
import { byteToIndex, segments } from '../lib/spans';

const span = (start: number, end: number, effect = 'lowers') => ({ start, end, effect, text: 'why', code: 'c' });

describe('byteToIndex', () => {
  it('maps UTF-8 byte offsets to string indices', () => {
    const s = 'Grüße — 😀 ok';
    // "Grüße" is 7 bytes (ü and ß take two), " — " 5, the emoji 4 (two UTF-16 units).
    expect(byteToIndex(s, 7)).toBe(5);
    expect(byteToIndex(s, 12)).toBe(8);
    expect(byteToIndex(s, 16)).toBe(10);
    expect(byteToIndex(s, 999)).toBe(s.length);
    expect(byteToIndex(s, -3)).toBe(0);
  });
});

describe('segments', () => {
  it('cuts plain and marked parts', () => {
    const s = 'Hi, just checking in. Price: €40.';
    const start = new TextEncoder().encode('Hi, ').length;
    const end = start + 'just checking in'.length;
    const euro = new TextEncoder().encode('Hi, just checking in. Price: ').length;
    const segs = segments(s, [span(euro, euro + 5, 'raises'), span(start, end)]);
    expect(segs.map((x) => x.text)).toEqual(['Hi, ', 'just checking in', '. Price: ', '€40', '.']);
    expect(segs[1].mark?.effect).toBe('lowers');
    expect(segs[3].mark?.effect).toBe('raises');
    expect(segs.map((x) => x.text).join('')).toBe(s);
  });
  it('drops empty and overlapping spans without losing text', () => {
    const s = 'abcdef';
    const segs = segments(s, [span(1, 4), span(2, 5), span(3, 3)]);
    expect(segs.map((x) => x.text).join('')).toBe(s);
    expect(segs.filter((x) => x.mark)).toHaveLength(1);
  });
});
