// Timing helpers for the benchmarks: warm up, run several times, report the median.

/**
 * Runs `work` a few times to warm up, then `runs` times, and returns the median and the
 * spread in milliseconds, with the goal (if any) and whether the median meets it.
 */
export function measure(name, work, { runs = 15, warmups = 3, goalMs } = {}) {
  for (let i = 0; i < warmups; i += 1) work();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return {
    name,
    runs,
    medianMs: round(median),
    minMs: round(times[0]),
    maxMs: round(times[times.length - 1]),
    ...(goalMs === undefined ? {} : { goalMs, meetsGoal: median <= goalMs }),
  };
}

function round(ms) {
  return Math.round(ms * 100) / 100;
}

/** A plain-text table of results for the terminal. */
export function formatTable(results) {
  const rows = results.map((r) => [
    r.name,
    `${r.medianMs} ms`,
    `${r.minMs}–${r.maxMs} ms`,
    r.goalMs === undefined ? '—' : `≤ ${r.goalMs} ms ${r.meetsGoal ? '(met)' : '(NOT met)'}`,
  ]);
  const header = ['benchmark', 'median', 'range', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
