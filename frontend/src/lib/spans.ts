// Reasons from Go carry byte offsets into the UTF-8 own text; JavaScript
// strings index UTF-16 code units. These helpers convert and cut the text
// into plain and highlighted segments.

export interface Span {
  start: number;
  end: number;
  effect: string;
  text: string;
  code: string;
}

export interface Segment {
  text: string;
  mark?: { effect: string; title: string };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Maps a UTF-8 byte offset in text to a string index. */
export function byteToIndex(text: string, byteOffset: number): number {
  const bytes = encoder.encode(text);
  const off = Math.max(0, Math.min(byteOffset, bytes.length));
  return decoder.decode(bytes.slice(0, off)).length;
}

/** Cuts text into segments, marking the spans (byte offsets); overlapping
 * spans are merged into the first, and empty spans are dropped. */
export function segments(text: string, spans: Span[]): Segment[] {
  const marks = spans
    .filter((s) => s.end > s.start)
    .map((s) => ({ ...s, start: byteToIndex(text, s.start), end: byteToIndex(text, s.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const m of marks) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push({ text: text.slice(pos, m.start) });
    out.push({ text: text.slice(m.start, m.end), mark: { effect: m.effect, title: m.text } });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}
