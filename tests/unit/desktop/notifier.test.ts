import { describe, expect, it } from 'vitest';
import type { DesktopSettings, SendingStatus } from '#contract';
import { createNotifier, type DesktopNotice } from '../../../electron/core/desktop/notifier';
import { createStatusWatcher } from '../../../electron/core/desktop/status-watcher';
import { createEventBus } from '../../../electron/core/events';
import { FakeTime } from '../support/fake-time';

const SEC = 1000;
const MIN = 60 * SEC;

const idle: SendingStatus = {
  paused: false,
  pausedAt: null,
  waiting: 0,
  sending: 0,
  held: 0,
  overdue: 0,
  needsAttention: 0,
};

function setup() {
  const time = new FakeTime();
  const events = createEventBus((err) => {
    throw err;
  });
  const shown: DesktopNotice[] = [];
  const settings: DesktopSettings['notifications'] = { needsAttention: true, errors: true, stalled: true };
  let status = idle;
  const notifier = createNotifier({
    events,
    clock: time,
    timers: time,
    settings: () => settings,
    status: () => status,
    clientName: (id) => `Client ${id}`,
    show: (n) => shown.push(n),
    batchMs: 30 * SEC,
    cooldownMs: 5 * MIN,
    checkEveryMs: MIN,
    stallMs: 15 * MIN,
  });
  const error = (id: string, clientId = 'c1', integrationId = 'i1') =>
    events.emit('dispatch:changed', {
      changes: [
        {
          id,
          clientId,
          leadId: `lead-${id}`,
          integrationId,
          state: 'error',
          attemptCount: 5,
          nextAttemptAt: null,
          heldReason: null,
          lastError: 'HTTP 500',
        },
      ],
    });
  const sent = (id: string) =>
    events.emit('dispatch:changed', {
      changes: [
        {
          id,
          clientId: 'c1',
          leadId: `lead-${id}`,
          integrationId: 'i1',
          state: 'sent',
          attemptCount: 1,
          nextAttemptAt: null,
          heldReason: null,
          lastError: null,
        },
      ],
    });
  return {
    time,
    events,
    shown,
    settings,
    notifier,
    error,
    sent,
    setStatus: (s: Partial<SendingStatus>) => (status = { ...idle, ...s }),
  };
}

describe('desktop notifications', () => {
  it('gathers errors into one notification per batch, never one per lead', async () => {
    const t = setup();
    for (let i = 0; i < 40; i++) t.error(`d${i}`);
    await t.time.advance(29 * SEC);
    expect(t.shown).toEqual([]);
    await t.time.advance(SEC);
    expect(t.shown).toEqual([
      {
        kind: 'errors',
        count: 40,
        clientName: 'Client c1',
        target: { tab: 'attempts', filter: { clientId: 'c1', integrationId: 'i1', states: ['error'] } },
      },
    ]);
    t.notifier.stop();
  });

  it('shows a kind at most once per cooldown; what arrives meanwhile is counted in the next one', async () => {
    const t = setup();
    t.error('a', 'c1');
    await t.time.advance(30 * SEC);
    t.error('b', 'c1');
    t.error('c', 'c2', 'i2');
    await t.time.advance(MIN);
    expect(t.shown).toHaveLength(1);
    await t.time.advance(4 * MIN);
    expect(t.shown).toHaveLength(2);
    // Two clients: no single name, and the click opens every client's errors.
    expect(t.shown[1]).toMatchObject({
      count: 2,
      clientName: null,
      target: { filter: { clientId: null, integrationId: null, states: ['error'] } },
    });
    t.notifier.stop();
  });

  it('respects the setting of each kind, also when it is turned off while a batch waits', async () => {
    const t = setup();
    t.settings.errors = false;
    t.error('a');
    await t.time.advance(MIN);
    expect(t.shown).toEqual([]);

    t.settings.errors = true;
    t.error('b');
    t.events.emit('dispatch:integrationStatus', {
      integrationId: 'i9',
      clientId: 'c9',
      status: 'needs_attention',
      reason: 'HTTP 401',
    });
    t.settings.errors = false;
    await t.time.advance(MIN);
    expect(t.shown.map((n) => n.kind)).toEqual(['needsAttention']);
    expect(t.shown[0]).toMatchObject({
      count: 1,
      clientName: 'Client c9',
      target: { filter: { clientId: 'c9', integrationId: 'i9', states: ['held'] } },
    });
    t.notifier.stop();
  });

  it('ignores integrations that were only paused by the user', async () => {
    const t = setup();
    t.events.emit('dispatch:integrationStatus', { integrationId: 'i', clientId: 'c', status: 'paused', reason: null });
    await t.time.advance(MIN);
    expect(t.shown).toEqual([]);
    t.notifier.stop();
  });

  it('announces a backlog that stopped moving once, and again only after it moved', async () => {
    const t = setup();
    t.setStatus({ waiting: 12, overdue: 12 });
    await t.time.advance(14 * MIN);
    expect(t.shown).toEqual([]);
    await t.time.advance(MIN);
    expect(t.shown).toEqual([
      {
        kind: 'stalled',
        count: 12,
        clientName: null,
        target: { tab: 'attempts', filter: { clientId: null, integrationId: null, states: ['pending', 'retrying'] } },
      },
    ]);
    await t.time.advance(60 * MIN);
    expect(t.shown).toHaveLength(1);

    t.sent('x');
    await t.time.advance(10 * MIN);
    expect(t.shown).toHaveLength(1);
    await t.time.advance(6 * MIN);
    expect(t.shown).toHaveLength(2);
    t.notifier.stop();
  });

  it('a moving backlog, a paused one or a turned-off kind is never stuck', async () => {
    const t = setup();
    t.setStatus({ waiting: 500, overdue: 300 });
    for (let i = 0; i < 30; i++) {
      t.sent(`s${i}`);
      await t.time.advance(MIN);
    }
    expect(t.shown).toEqual([]);
    t.setStatus({ waiting: 500, overdue: 0, paused: true });
    await t.time.advance(30 * MIN);
    t.setStatus({ waiting: 500, overdue: 300 });
    t.settings.stalled = false;
    await t.time.advance(30 * MIN);
    expect(t.shown).toEqual([]);
    t.notifier.stop();
  });

  it('stop() drops what was waiting', async () => {
    const t = setup();
    t.error('a');
    t.notifier.stop();
    await t.time.advance(MIN);
    expect(t.shown).toEqual([]);
  });
});

describe('the state at a glance for the tray and the badge', () => {
  it('reads once per burst of events and reports only changes', async () => {
    const time = new FakeTime();
    const events = createEventBus((err) => {
      throw err;
    });
    let reads = 0;
    let status: SendingStatus = idle;
    const seen: SendingStatus[] = [];
    const watcher = createStatusWatcher({
      events,
      timers: time,
      read: () => {
        reads++;
        return status;
      },
      onChange: (s) => seen.push(s),
      debounceMs: 500,
      refreshEveryMs: 30 * SEC,
    });
    expect(seen).toEqual([idle]);
    status = { ...idle, waiting: 1000, sending: 5 };
    for (let i = 0; i < 100; i++) events.emit('dispatch:changed', { changes: [] });
    await time.advance(500);
    expect(reads).toBe(2);
    expect(seen.at(-1)).toEqual(status);
    // Unrelated events cause no read; an unchanged status no report.
    events.emit('leads:changed', { clientId: 'c', reason: 'created', count: 1 });
    await time.advance(500);
    expect(reads).toBe(2);
    await time.advance(30 * SEC);
    expect(reads).toBe(3);
    expect(seen).toHaveLength(2);
    status = { ...idle, needsAttention: 2 };
    watcher.refreshSoon();
    await time.advance(500);
    expect(seen.at(-1)?.needsAttention).toBe(2);
    watcher.stop();
  });
});
