import { describe, expect, it } from 'vitest';
import { Pace } from '../../../electron/core/scoring/rescore/pace';

describe('re-score batch sizes', () => {
  it('grow at most twofold after a cheap batch, up to the ceiling', () => {
    const pace = new Pace({ targetMs: 20, min: 25, max: 2_000, initial: 200 });
    pace.record(200, 1);
    expect(pace.size).toBe(400);
    for (let i = 0; i < 10; i++) pace.record(pace.size, 1);
    expect(pace.size).toBe(2_000);
  });

  it('shrink at once to what fits the target after a costly batch, never below the floor', () => {
    const pace = new Pace({ targetMs: 20, min: 25, max: 2_000, initial: 200 });
    // Newly qualified leads queued for several integrations: 200 took 160 ms.
    pace.record(200, 160);
    expect(pace.size).toBe(25);
    pace.record(25, 5);
    expect(pace.size).toBe(50);
    pace.record(50, 400);
    expect(pace.size).toBe(25);
  });

  it('ignores an empty batch', () => {
    const pace = new Pace();
    pace.record(0, 0);
    expect(pace.size).toBe(200);
  });
});
