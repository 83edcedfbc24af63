import { describe, expect, it } from 'vitest';
import type { BacklogItem } from '#contract';
import { backlogRows } from '../../../src/pages/home/backlog-rows';

function item(o: Partial<BacklogItem> & Pick<BacklogItem, 'integrationId' | 'clientId'>): BacklogItem {
  return {
    integrationName: 'CRM',
    type: 'webhook',
    waiting: 0,
    sending: 0,
    held: 0,
    mode: 'per_contact',
    batch: null,
    perContactReason: null,
    etaSeconds: null,
    leadsPerMinute: null,
    limitShare: null,
    accountLimit: null,
    ...o,
  };
}

describe('the home screen’s queues, from the engine’s backlog', () => {
  const clients = [
    { id: 'b', name: 'Beta Foods', archivedAt: null },
    { id: 'a', name: 'acme Dental', archivedAt: null },
    { id: 'z', name: 'Archived', archivedAt: 1 },
  ];

  it('keeps the queues with something in them, of clients not archived, stopped integrations aside', () => {
    const rows = backlogRows(
      [
        item({ integrationId: 'b1', clientId: 'b', integrationName: 'Hook', waiting: 40, sending: 2, etaSeconds: 60 }),
        item({ integrationId: 'a1', clientId: 'a', integrationName: 'CRM', held: 3 }),
        item({ integrationId: 'a2', clientId: 'a', integrationName: 'Idle' }),
        item({ integrationId: 'a3', clientId: 'a', integrationName: 'Paused', held: 5 }),
        item({ integrationId: 'z1', clientId: 'z', waiting: 9 }),
      ],
      clients,
      new Set(['a3']),
      'en',
    );
    expect(rows).toEqual([
      {
        clientId: 'a',
        clientName: 'acme Dental',
        integrationId: 'a1',
        integrationName: 'CRM',
        waiting: 0,
        sending: 0,
        held: 3,
        etaSeconds: null,
      },
      {
        clientId: 'b',
        clientName: 'Beta Foods',
        integrationId: 'b1',
        integrationName: 'Hook',
        waiting: 40,
        sending: 2,
        held: 0,
        etaSeconds: 60,
      },
    ]);
  });
});
