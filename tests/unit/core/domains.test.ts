import { describe, expect, it } from 'vitest';
import { mountDomains, type Domain } from '../../../electron/core/domain';
import type { Log } from '../../../electron/core/ports';

function recordingLog(): Log & { errors: string[] } {
  const errors: string[] = [];
  const ignore = () => undefined;
  return {
    errors,
    debug: ignore,
    info: ignore,
    warn: ignore,
    error: (message) => void errors.push(message),
    redactValue: ignore,
  };
}

describe('domains, mounted one way', () => {
  it('names both domains when a channel is served twice', () => {
    const clients = { name: 'clients', handlers: { 'clients:list': () => [] } } as unknown as Domain<never>;
    const other = { name: 'settings', handlers: { 'clients:list': () => [] } } as unknown as Domain<never>;
    expect(() => mountDomains(recordingLog(), clients, other)).toThrow(
      'Channel clients:list is served by both clients and settings.',
    );
  });

  it('starts in the listed order, stops in reverse once, and logs a start or stop that fails', async () => {
    const log = recordingLog();
    const order: string[] = [];
    const domain = (name: string, fail?: 'start' | 'stop'): Domain<never> => ({
      name,
      handlers: {},
      start: () => {
        order.push(`start ${name}`);
        return fail === 'start' ? Promise.reject(new Error('port in use')) : undefined;
      },
      stop: async () => {
        order.push(`stop ${name}`);
        await Promise.resolve();
        if (fail === 'stop') throw new Error('stuck');
      },
    });
    const mounted = mountDomains(log, domain('dispatch'), domain('intake', 'start'), domain('imports', 'stop'));
    mounted.start();
    await Promise.resolve();
    expect(log.errors).toEqual(['core: intake failed to start']);
    await Promise.all([mounted.stop(), mounted.stop()]);
    expect(order).toEqual([
      'start dispatch',
      'start intake',
      'start imports',
      'stop imports',
      'stop intake',
      'stop dispatch',
    ]);
    expect(log.errors).toEqual(['core: intake failed to start', 'core: imports failed to stop']);
  });
});
