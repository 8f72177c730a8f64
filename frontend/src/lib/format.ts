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
