/**
 * Timing helpers for `npm run bench` on a shared, noisy machine: medians of
 * wall time and of process CPU time, measured interleaved with a baseline so
 * that load from other processes weighs on both alike; figures are reported
 * with their ratio to the baseline measured in the same run.
 */

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

export interface Timing {
  /** Median wall time of one call, ms. */
  wall: number;
  /** Median process CPU time of one call, ms (immune to waiting for a core, not to sharing one). */
  cpu: number;
}

/**
 * Times `subject` and `baseline` in alternating batches (each batch long
 * enough for the clocks, `rounds` of them, after a warm-up), and gives the
 * median per call of each.
 */
export function interleaved(subject: () => unknown, baseline: () => unknown, rounds = 25, batchMs = 20): { subject: Timing; baseline: Timing } {
  const batchSize = (f: () => unknown) => {
    for (let i = 0; i < 5; i++) f();
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < batchMs / 4) {
      f();
      n++;
    }
    return Math.max(1, n * 4);
  };
  for (let i = 0; i < 20; i++) {
    subject();
    baseline();
  }
  const sizes = [batchSize(subject), batchSize(baseline)];
  const samples: { wall: number[]; cpu: number[] }[] = [
    { wall: [], cpu: [] },
    { wall: [], cpu: [] },
  ];
  for (let round = 0; round < rounds; round++) {
    for (const [k, f] of [subject, baseline].entries()) {
      const n = sizes[k]!;
      const wall = performance.now();
      const cpu = cpuMs();
      for (let i = 0; i < n; i++) f();
      samples[k]!.cpu.push((cpuMs() - cpu) / n);
      samples[k]!.wall.push((performance.now() - wall) / n);
    }
  }
  const timing = (k: number): Timing => ({ wall: median(samples[k]!.wall), cpu: median(samples[k]!.cpu) });
  return { subject: timing(0), baseline: timing(1) };
}

export const fmt = (ms: number, digits = 2) => ms.toFixed(digits);
