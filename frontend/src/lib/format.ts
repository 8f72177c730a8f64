// Small formatting helpers shared by the screens.

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function shortDate(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

export function dateTime(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export const stateNames: Record<string, string> = {
  call_candidate: 'Call candidate',
  silent: 'Silent',
  stalled: 'Stalled',
};

export function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

/** A whole number with thousands separators: 20000 → "20,000". */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** How long ago iso was, in words: "just now", "5 minutes ago", "yesterday"… */
export function relativeTime(iso: string, now: number = Date.now()): string {
  if (!iso) return '';
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return '';
  const s = Math.max(0, Math.round((now - t) / 1000));
  const ago = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (s < 45) return 'just now';
  if (s < 90 * 60) return ago(Math.max(1, Math.round(s / 60)), 'minute');
  if (s < 22 * 3600) return ago(Math.round(s / 3600), 'hour');
  if (s < 48 * 3600) return 'yesterday';
  if (s < 7 * 86400) return ago(Math.floor(s / 86400), 'day');
  return `on ${shortDate(iso)}`;
}

/** The reasons as list lines, in order: a text said more than once (the
 * same phrase twice in a draft) is one line that says how often. */
export function reasonLines(reasons: { text: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  return [...counts].map(([text, n]) => (n > 1 ? `${text} (${n} times)` : text));
}
