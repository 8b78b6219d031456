import fs from 'node:fs';

// Linux's clock ticks per second for /proc times (USER_HZ), which is 100 on every common build.
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the main thread has used, from /proc (Linux only; null elsewhere). The process's CPU time
 * includes the analysis workers; the main thread's alone tells which side of the ingest path is the
 * bottleneck, also on a machine busy with other work.
 */
export function readMainThreadCpuSeconds(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the state, field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
