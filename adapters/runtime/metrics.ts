// Prometheus metrics (prom-client): answers by platform, command and outcome, answer latency,
// and matcher misses. One registry per process, served at /metrics.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type Outcome = 'answered' | 'user_error' | 'failed' | 'rate_limited' | 'duplicate';

export class Metrics {
  readonly registry = new Registry();
  private readonly answers = new Counter({
    name: 'careerbot_answers_total',
    help: 'Answers by platform, command and outcome',
    labelNames: ['platform', 'command', 'outcome'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'careerbot_answer_seconds',
    help: 'Time from a request arriving to its answer being ready',
    labelNames: ['platform', 'command'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly misses = new Counter({
    name: 'careerbot_matcher_misses_total',
    help: 'Role queries that matched no role or were ambiguous',
    labelNames: ['code'],
    registers: [this.registry],
  });

  constructor(defaults = true) {
    if (defaults) collectDefaultMetrics({ register: this.registry });
  }

  answered(platform: string, command: string, outcome: Outcome, seconds?: number): void {
    this.answers.inc({ platform, command, outcome });
    if (seconds !== undefined) this.latency.observe({ platform, command }, seconds);
  }

  matcherMiss(code: string): void {
    this.misses.inc({ code });
  }
}
