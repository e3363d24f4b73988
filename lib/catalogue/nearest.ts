// "Did you mean…" for a mistyped diagnosis URL: ranks causes by how close their id is to what was
// typed (edit distance on ids, plus shared words). Isomorphic and small.

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2),
  );

/** decodeURIComponent that keeps a malformed escape as typed instead of throwing. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface Candidate {
  id: string;
  title: string;
}

/** The closest candidates to a typed id, best first. */
export function nearestCauses<T extends Candidate>(typed: string, candidates: readonly T[], limit = 5): T[] {
  const clean = safeDecode(typed).toLowerCase().trim();
  const typedWords = words(clean);
  return candidates
    .map((candidate) => {
      const distance = editDistance(clean, candidate.id) / Math.max(clean.length, candidate.id.length, 1);
      const shared = [...words(`${candidate.id} ${candidate.title}`)].filter((w) => typedWords.has(w)).length;
      return { candidate, score: distance - shared * 0.25 };
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
