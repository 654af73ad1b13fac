// The requests a page sent for one action, regrouped as the browser sent them: a request that left before the
// ones already sent had all been answered went alongside them (same wave); otherwise it waited for them (next
// wave). Replaying wave after wave, each wave's requests at once, keeps the browser's order and overlap.
export function groupIntoWaves<T extends { start: number; end: number }>(requests: T[]): T[][] {
  const waves: T[][] = [];
  let answeredBy = -Infinity;
  for (const request of [...requests].sort((a, b) => a.start - b.start)) {
    if (waves.length === 0 || request.start >= answeredBy) waves.push([request]);
    else waves[waves.length - 1].push(request);
    answeredBy = Math.max(answeredBy, request.end);
  }
  return waves;
}
