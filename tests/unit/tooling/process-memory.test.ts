import { describe, expect, it } from 'vitest';
import { peakKb, runMeasured, treeResidentKb } from '../../../src/lib/tooling/process-memory.ts';

describe('the memory of a command and the processes it starts', () => {
  it('counts a child process the command starts, as the build counts Pagefind', async () => {
    // A parent that starts a child holding 150 MB, then waits for it.
    const script = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => b.length, 1500)'], { stdio: 'inherit' });
      child.on('close', () => {});
    `;
    const run = await runMeasured(process.execPath, ['-e', script], {}, 50);
    expect(run.status).toBe(0);
    expect(peakKb(run.samples)).toBeGreaterThan(150 * 1024);
  });

  it('counts the processor time of the command, and of a child it waits for', async () => {
    // Busy for 0.4 s of processor time, however long the machine makes that take.
    const busy =
      'const used = () => { const { user, system } = process.cpuUsage(); return user + system; }; const end = used() + 400000; while (used() < end);';
    const script = `
      const { spawnSync } = require('node:child_process');
      spawnSync(process.execPath, ['-e', ${JSON.stringify(busy)}]);
      ${busy}
    `;
    const run = await runMeasured(process.execPath, ['-e', script], {});
    expect(run.status).toBe(0);
    expect(run.processor.user + run.processor.system).toBeGreaterThanOrEqual(0.7);
  });

  it('takes the peak within a stretch of time only', () => {
    const samples = [
      { at: 1000, kb: 10 },
      { at: 2000, kb: 50 },
      { at: 3000, kb: 20 },
    ];
    expect(peakKb(samples)).toBe(50);
    expect(peakKb(samples, 2500, 4000)).toBe(20);
    expect(peakKb(samples, 5000)).toBe(0);
  });

  it('gives 0 for a process that has ended', () => {
    expect(treeResidentKb(2 ** 22 + 12_345)).toBe(0);
  });
});
