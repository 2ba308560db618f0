// "Did you mean …?": the nearest of a set of known names, for unknown keys and references.
import { distance } from 'fastest-levenshtein';

export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  // Accept a suggestion only when it is reasonably close: about a third of the word may differ.
  const limit = Math.max(2, Math.ceil(Math.max(word.length, best.length) / 3));
  // A word that shares nothing with the candidate ("10" and "id") is no misspelling of it.
  return bestScore <= limit && bestScore < word.length ? best : undefined;
}
