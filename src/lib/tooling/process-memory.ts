/**
 * The memory a command uses with every process it starts, sampled from /proc while it runs: a
 * build's peak is Astro's own and Pagefind's, which indexes in a process of its own, together.
 * Linux only, as the benchmark's machines are; elsewhere every figure is 0.
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
  /** Processor time of the command and of the processes it started and waited for, in seconds. */
  processor: ProcessorTime;
}

export interface ProcessorTime {
  user: number;
  system: number;
}

/**
 * Processor time of this process's children that have ended and been waited for, in seconds
 * (fields 16 and 17 of /proc/self/stat, in ticks of 1/100 s). A build's system time tells how much
 * of its wall clock went to the kernel, which on some disks is most of what varies between runs.
 * Where there is no /proc (macOS), 0, so that the benchmark's test of the build runs there too.
 */
export function endedChildrenTime(): ProcessorTime {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return { user: 0, system: 0 };
  }
  // After the command's name, which may hold spaces, comes field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[16 - 3]) / 100, system: Number(fields[17 - 3]) / 100 };
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
    const before = endedChildrenTime();
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
      const after = endedChildrenTime();
      const processor = { user: after.user - before.user, system: after.system - before.system };
      resolve({ status, stdout, stderr, samples, processor });
    });
  });
}

/** The highest sample from `from` up to `to` (milliseconds since the epoch), in KB. */
export const peakKb = (samples: readonly MemorySample[], from = -Infinity, to = Infinity): number =>
  samples.reduce((peak, { at, kb }) => (at >= from && at < to && kb > peak ? kb : peak), 0);
