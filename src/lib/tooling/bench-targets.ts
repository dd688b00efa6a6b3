/**
 * The project's speed and size targets, as the benchmark (scripts/bench.ts) judges its own figures
 * against them. A target is judged only at the size it was set for: a 7 s build of 2,000 entries
 * says nothing about 500, and memory under 2 GB at 10,000 says nothing about 20,000.
 */

/** What one run of the benchmark measured; a figure is missing when that part did not run. */
export interface BenchFigures {
  /** Generated case studies added to the real content. */
  entries: number;
  filesChecked: number;
  /** Seconds, the median of the cold checks. */
  coldCheck?: number | undefined;
  /** Seconds, wall clock. */
  coldBuild?: number | undefined;
  rebuild?: number | undefined;
  peakMemoryMb?: number | undefined;
  /** Milliseconds from the last keystroke to the first result, the median. */
  searchMs?: number | undefined;
  /** Kilobytes downloaded for the first query. */
  searchKb?: number | undefined;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

/** Hugo's time for a full build of 2,000 generated case studies on these machines. */
const HUGO_SECONDS = 1.4;

interface Target {
  target: string;
  /** Undefined when this run cannot judge the target. */
  judge: (figures: BenchFigures) => { measured: string; met: boolean } | undefined;
}

const seconds = (value: number) => `${value.toFixed(2)} s`;

const targets: Target[] = [
  {
    target: '10,000 files checked in under 2 s, cold',
    judge: ({ filesChecked, coldCheck }) =>
      filesChecked >= 10_000 && coldCheck !== undefined
        ? { measured: seconds(coldCheck), met: coldCheck < 2 }
        : undefined,
  },
  {
    target: `2,000 added case studies built within 5 × Hugo's ${HUGO_SECONDS} s, cold`,
    judge: ({ entries, coldBuild }) =>
      entries === 2000 && coldBuild !== undefined
        ? { measured: seconds(coldBuild), met: coldBuild <= 5 * HUGO_SECONDS }
        : undefined,
  },
  {
    target: '10,000 added case studies built under 2 GB of peak memory',
    judge: ({ entries, peakMemoryMb }) =>
      entries === 10_000 && peakMemoryMb !== undefined
        ? { measured: `${(peakMemoryMb / 1024).toFixed(2)} GB`, met: peakMemoryMb < 2048 }
        : undefined,
  },
  {
    target: 'a rebuild after one changed file at least 3 × faster than cold',
    judge: ({ coldBuild, rebuild }) =>
      coldBuild !== undefined && rebuild !== undefined && rebuild > 0
        ? { measured: `${(coldBuild / rebuild).toFixed(1)} × faster`, met: coldBuild / rebuild >= 3 }
        : undefined,
  },
  {
    target: 'the first query downloads at most 250 KB',
    judge: ({ searchKb }) =>
      searchKb !== undefined ? { measured: `${searchKb.toFixed(0)} KB`, met: searchKb <= 250 } : undefined,
  },
  {
    target: 'the first result within 150 ms of the last keystroke',
    judge: ({ searchMs }) =>
      searchMs !== undefined ? { measured: `${searchMs.toFixed(0)} ms`, met: searchMs <= 150 } : undefined,
  },
];

/** The targets this run can judge, each with what was measured and whether it was met. */
export function judgeTargets(figures: BenchFigures): Verdict[] {
  return targets.flatMap(({ target, judge }) => {
    const verdict = judge(figures);
    return verdict ? [{ target, ...verdict }] : [];
  });
}
