import { threadCpuMs } from '../lib/batch-size';

/** The steps of intake (an import, most of all), in order, as the benchmark reports them. */
export const IMPORT_STAGES = ['parse', 'validate', 'score', 'store', 'queue', 'index'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

/**
 * Per step: the time spent in it, the CPU time of its thread meanwhile (what other programs on a
 * busy machine do not inflate), and its longest single stretch (a batch) without yielding, in
 * time and in CPU.
 */
export type StageTimes = Record<ImportStage, { ms: number; cpuMs: number; longest: number; longestCpu: number }>;

export function noStageTimes(): StageTimes {
  const out = {} as StageTimes;
  for (const stage of IMPORT_STAGES) out[stage] = { ms: 0, cpuMs: 0, longest: 0, longestCpu: 0 };
  return out;
}

export function addStages(into: StageTimes, from: StageTimes): void {
  for (const stage of IMPORT_STAGES) {
    into[stage].ms += from[stage].ms;
    into[stage].cpuMs += from[stage].cpuMs;
    into[stage].longest = Math.max(into[stage].longest, from[stage].longest);
    into[stage].longestCpu = Math.max(into[stage].longestCpu, from[stage].longestCpu);
  }
}

/**
 * A stopwatch over consecutive steps: each `lap` charges the time since the previous one to a
 * step. Without `times` it measures nothing.
 */
export function stageClock(times: StageTimes | undefined): { lap: (stage: ImportStage) => void } {
  if (!times) return { lap: () => undefined };
  let at = performance.now();
  let cpuAt = threadCpuMs();
  return {
    lap(stage) {
      const now = performance.now();
      const cpuNow = threadCpuMs();
      const t = times[stage];
      t.ms += now - at;
      t.cpuMs += cpuNow - cpuAt;
      t.longest = Math.max(t.longest, now - at);
      t.longestCpu = Math.max(t.longestCpu, cpuNow - cpuAt);
      at = now;
      cpuAt = cpuNow;
    },
  };
}
