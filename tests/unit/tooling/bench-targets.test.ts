import { describe, expect, it } from 'vitest';
import { judgeTargets } from '../../../src/lib/tooling/bench-targets.ts';

const targetsOf = (verdicts: ReturnType<typeof judgeTargets>) => verdicts.map(({ target }) => target);

describe('the benchmark judges its figures against the targets', () => {
  it('judges a full run of 2,000 entries on the build time, the rebuild and search, not memory or the checker', () => {
    const verdicts = judgeTargets({
      entries: 2000,
      filesChecked: 2042,
      coldCheck: 1.37,
      coldBuild: 20.62,
      rebuild: 8.2,
      peakMemoryMb: 800,
      searchMs: 111,
      searchKb: 21,
    });
    expect(verdicts).toEqual([
      { target: "2,000 added case studies built within 5 × Hugo's 1.4 s, cold", measured: '20.62 s', met: false },
      {
        target: 'a rebuild after one changed file at least 3 × faster than cold',
        measured: '2.5 × faster',
        met: false,
      },
      { target: 'the first query downloads at most 250 KB', measured: '21 KB', met: true },
      { target: 'the first result within 150 ms of the last keystroke', measured: '111 ms', met: true },
    ]);
  });

  it('judges memory and the checker at 10,000 entries, and says when they are met', () => {
    const verdicts = judgeTargets({
      entries: 10_000,
      filesChecked: 10_041,
      coldCheck: 1.96,
      coldBuild: 65,
      rebuild: 14.4,
      peakMemoryMb: 1515,
    });
    expect(verdicts).toEqual([
      { target: '10,000 files checked in under 2 s, cold', measured: '1.96 s', met: true },
      { target: '10,000 added case studies built under 2 GB of peak memory', measured: '1.48 GB', met: true },
      { target: 'a rebuild after one changed file at least 3 × faster than cold', measured: '4.5 × faster', met: true },
    ]);
  });

  it('holds each limit where the issue set it', () => {
    const at = (figures: Partial<Parameters<typeof judgeTargets>[0]>) =>
      judgeTargets({ entries: 10_000, filesChecked: 10_041, ...figures }).map(({ met }) => met);
    expect(at({ coldCheck: 2 })).toEqual([false]);
    expect(at({ coldCheck: 1.99 })).toEqual([true]);
    expect(at({ peakMemoryMb: 2048 })).toEqual([false]);
    expect(at({ coldBuild: 30, rebuild: 10 })).toEqual([true]);
    expect(at({ searchKb: 250, searchMs: 150 })).toEqual([true, true]);
    expect(at({ searchKb: 251, searchMs: 151 })).toEqual([false, false]);
    expect(judgeTargets({ entries: 2000, filesChecked: 2042, coldBuild: 7 })[0]?.met).toBe(true);
    expect(judgeTargets({ entries: 2000, filesChecked: 2042, coldBuild: 7.01 })[0]?.met).toBe(false);
  });

  it('judges nothing it did not measure, nor a target set for another size', () => {
    expect(judgeTargets({ entries: 500, filesChecked: 541, coldCheck: 0.4, coldBuild: 6, peakMemoryMb: 500 })).toEqual(
      [],
    );
    expect(targetsOf(judgeTargets({ entries: 10_000, filesChecked: 10_041, coldCheck: 2.5 }))).toEqual([
      '10,000 files checked in under 2 s, cold',
    ]);
  });
});
