// Choosing the thread a draft answers, among a rep's many.

import type { app } from '../../wailsjs/go/models';

/** How many threads the "In reply to" list holds before it asks for a search. */
export const choiceLimit = 50;

/** What the Review screen's "In reply to" list shows for a search. */
export interface ThreadChoices {
  /** The threads to list, in the order given (most in need first). */
  shown: app.ThreadSummary[];
  /** How many more threads match but are left out of the list. */
  hidden: number;
}

/** fold lower-cases s and drops accents, so "muller" finds "Müller". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * threadChoices picks the threads whose subject, company or people hold
 * every word of query (any order, any case, accents ignored), keeping the
 * order of threads, at most limit of them. The picked thread (id pickedId,
 * 0 for none) always stays in the list, first if the search would leave it
 * out, so the picker keeps showing what the draft answers.
 */
export function threadChoices(threads: app.ThreadSummary[], query: string, pickedId: number, limit = choiceLimit): ThreadChoices {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = words.length
    ? threads.filter((t) => {
        const hay = fold([t.subject, t.organization, ...(t.participants ?? [])].join(' '));
        return words.every((w) => hay.includes(w));
      })
    : threads;
  const shown = matches.slice(0, limit);
  const hidden = matches.length - shown.length;
  if (pickedId !== 0 && !shown.some((t) => t.id === pickedId)) {
    const picked = threads.find((t) => t.id === pickedId);
    if (picked) return { shown: [picked, ...shown], hidden: matches.includes(picked) ? hidden - 1 : hidden };
  }
  return { shown, hidden };
}
