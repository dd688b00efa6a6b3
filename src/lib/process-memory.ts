/**
 * The memory a command uses with every process it starts, sampled from /proc while it runs: a
 * build's peak is Astro's own and Pagefind's, which indexes in a process of its own, together.
 * Linux only, as the benchmark's machines are.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MemorySample {
  /** When it was taken, in milliseconds since the epoch. */
  at: number;
  /** Resident memory of the process and its descendants, in KB. */
  kb: number;
}

export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  samples: MemorySample[];
}

/** Resident memory of a process and all its descendants, in KB; 0 once it has ended. */
export function treeResidentKb(pid: number): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        for (const child of readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').split(' ')) {
          if (child.trim()) visit(Number(child));
        }
      }
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return total;
}

/** Runs a command to its end, sampling its memory every `intervalMs`. */
export function runMeasured(
  command: string,
  args: string[],
  options: SpawnOptions,
  intervalMs = 100,
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const samples: MemorySample[] = [];
    const sample = () => child.pid && samples.push({ at: Date.now(), kb: treeResidentKb(child.pid) });
    const timer = setInterval(sample, intervalMs);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stdout, stderr, samples });
    });
  });
}

/** The highest sample from `from` up to `to` (milliseconds since the epoch), in KB. */
export const peakKb = (samples: readonly MemorySample[], from = -Infinity, to = Infinity): number =>
  samples.reduce((peak, { at, kb }) => (at >= from && at < to && kb > peak ? kb : peak), 0);
