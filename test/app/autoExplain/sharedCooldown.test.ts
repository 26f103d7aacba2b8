/**
 * Auto-explain on several instances sharing one database: the in-memory flood control of each instance,
 * plus the store claim, so an alert storm spread over the instances still gets one reply per code per
 * cooldown. Real SQLite always; the real PostgreSQL when TEST_DATABASE_URL is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createAutoExplainService } from '../../../src/app/autoExplain/createAutoExplainService.js';
import type { AutoExplainOutcome, AutoExplainService, InboundMessage } from '../../../src/app/contracts.js';
import { openStore } from '../../../src/store/openStore.js';
import type { Store } from '../../../src/store/store.js';
import { StoreError } from '../../../src/store/storeError.js';
import { createFreshSchema, TEST_DATABASE_URL } from '../../store/freshPostgresSchema.js';
import { LOG_LEVEL, recordingLogger } from '../../store/recordingLogger.js';
import { realCore } from '../../support/realCore.js';

const T0 = new Date('2025-03-12T01:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const COOLDOWN_MINUTES = 30;

const root = mkdtempSync(join(tmpdir(), 'shared-cooldown-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function instance(
  store: Pick<Store, 'claimAutoExplain'>,
  logger = recordingLogger().logger,
  cooldownMinutes = COOLDOWN_MINUTES,
): AutoExplainService {
  return createAutoExplainService({
    core: realCore(),
    enabled: true,
    cooldownMinutes,
    isChannelEnabled: async () => true,
    channelLocale: async () => 'en',
    shared: { store, logger },
  });
}

let messages = 0;
function alert(text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  messages += 1;
  return { platform: 'slack', workspace: 'T1', channel: 'C1', messageId: `m${messages}`, text, ...extra };
}

const replies = (outcomes: AutoExplainOutcome[]) => outcomes.filter((o) => 'reply' in o);

/** Two or three instances' stores on one database: each its own connection, as separate processes have. */
type OpenShared = () => Promise<Store>;

const backends: { name: string; skip: boolean; database: () => Promise<OpenShared> }[] = [
  {
    name: 'one SQLite file',
    skip: false,
    database: async () => {
      const path = join(root, `shared-${messages}-${Date.now()}.sqlite`);
      return async () => {
        const store = await openStore({ databasePath: path });
        cleanups.push(() => store.close());
        return store;
      };
    },
  },
  {
    name: 'one PostgreSQL schema',
    skip: !TEST_DATABASE_URL,
    database: async () => {
      const schema = await createFreshSchema(TEST_DATABASE_URL!);
      cleanups.push(() => schema.drop());
      return async () => {
        const store = await openStore({ databaseUrl: schema.url, databasePath: 'unused' });
        cleanups.push(() => store.close());
        return store;
      };
    },
  },
];

if (!TEST_DATABASE_URL) {
  console.log('[auto-explain shared cooldown on PostgreSQL] SKIPPED: TEST_DATABASE_URL is not set');
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`given auto-explain instances sharing ${backend.name}`, () => {
    it('given 50 alerts with 503 in one channel within a minute spread over two instances then exactly one reply in total', async () => {
      const open = await backend.database();
      const [a, b] = [instance(await open()), instance(await open())];
      const outcomes: AutoExplainOutcome[] = [];
      for (let i = 0; i < 50; i++) {
        const via = i % 2 === 0 ? a : b;
        outcomes.push(await via.consider(alert(`[FIRING:${i + 1}] api-gw: status=503`), at(i)));
      }
      expect(replies(outcomes)).toHaveLength(1);
      expect(outcomes.filter((o) => 'skipped' in o && o.skipped === 'alreadyExplained')).toHaveLength(49);
    });

    it('given 50 alerts with 503 arriving at once on three instances then exactly one reply in total', async () => {
      const open = await backend.database();
      const services = [instance(await open()), instance(await open()), instance(await open())];
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          services[i % services.length]!.consider(alert(`api-gw returned 503 (#${i})`), at(i)),
        ),
      );
      expect(replies(outcomes)).toHaveLength(1);
    });

    it('given a code another instance explained then a message with it and a new code is answered with the new code only', async () => {
      const open = await backend.database();
      const [a, b] = [instance(await open()), instance(await open())];
      expect(await a.consider(alert('api-gw returned 503'), T0)).toMatchObject({ codes: [503] });
      const outcome = await b.consider(alert('api-gw returned 503, then 504 Gateway Timeout'), at(5));
      expect(outcome).toMatchObject({ codes: [504] });
      if ('reply' in outcome) expect(outcome.reply.title).toBe('504 Gateway Timeout');
    });

    it('given the cooldown has passed then the code is explained again, once, by whichever instance sees it first', async () => {
      const open = await backend.database();
      const [a, b] = [instance(await open()), instance(await open())];
      expect(replies([await a.consider(alert('HTTP 503'), T0)])).toHaveLength(1);
      expect(await b.consider(alert('HTTP 503'), at(29 * 60))).toEqual({ skipped: 'alreadyExplained' });
      // a's own memory of 503 has run out; the store's claim has too.
      const later = [
        await a.consider(alert('HTTP 503'), at(30 * 60)),
        await b.consider(alert('HTTP 503'), at(30 * 60 + 1)),
        await a.consider(alert('HTTP 503'), at(30 * 60 + 2)),
      ];
      expect(replies(later)).toHaveLength(1);
      expect(later[0]).toMatchObject({ codes: [503] });
    });

    it('given an alert another instance had already explained then it does not use up a reply of the per-minute cap', async () => {
      const open = await backend.database();
      const [a, b] = [instance(await open()), instance(await open())];
      await a.consider(alert('HTTP 503'), T0);
      expect(await b.consider(alert('HTTP 503'), at(1))).toEqual({ skipped: 'alreadyExplained' });
      const outcomes: AutoExplainOutcome[] = [];
      for (const [i, code] of [500, 502, 504, 429, 404].entries()) {
        outcomes.push(await b.consider(alert(`HTTP ${code}`), at(2 + i)));
      }
      expect(replies(outcomes)).toHaveLength(5);
      expect(await b.consider(alert('HTTP 401'), at(10))).toEqual({ skipped: 'flood' });
    });

    it('given a thread whose code another instance explained elsewhere then that thread can still get it after the cooldown', async () => {
      const open = await backend.database();
      const [a, b] = [instance(await open()), instance(await open())];
      await a.consider(alert('HTTP 503', { messageId: 'elsewhere' }), T0);
      expect(await b.consider(alert('HTTP 503', { messageId: 'root' }), at(60))).toEqual({
        skipped: 'alreadyExplained',
      });
      // b remembers 503 for the channel from its refused try, so it waits a cooldown from then.
      const reply = await b.consider(alert('HTTP 503 again', { thread: 'root' }), at(60 + 30 * 60));
      expect(reply).toMatchObject({ codes: [503] });
    });
  });
}

describe('given a store that fails', () => {
  const failing = (calls: { n: number }): Pick<Store, 'claimAutoExplain'> => ({
    claimAutoExplain: async () => {
      calls.n += 1;
      throw new StoreError('STORE_UNREACHABLE', 'Lost connection to PostgreSQL at db:5432/bot');
    },
  });

  it('then the instance still replies once, from its own flood control, and logs the error with its code', async () => {
    const calls = { n: 0 };
    const { logger, lines } = recordingLogger();
    const svc = instance(failing(calls), logger);
    const outcomes: AutoExplainOutcome[] = [];
    for (let i = 0; i < 10; i++) outcomes.push(await svc.consider(alert('api-gw returned 503'), at(i)));
    expect(replies(outcomes)).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ codes: [503] });
    // Only what the in-memory gate let through ever reached the store.
    expect(calls.n).toBe(1);
    const errors = lines.filter((l) => l.level === LOG_LEVEL.error);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'STORE_UNREACHABLE', channel: 'C1', keys: ['503'] });
    expect(String(errors[0]!.msg)).toMatch(/auto-explain/);
  });

  it('then an explicit request still explains without touching flood control or the store', async () => {
    const calls = { n: 0 };
    const svc = instance(failing(calls));
    for (let i = 0; i < 3; i++)
      expect(svc.explainNow('HTTP 503', 'en')?.title).toBe('503 Service Unavailable');
    expect(calls.n).toBe(0);
  });

  it('then with no cooldown configured the store is never asked', async () => {
    const calls = { n: 0 };
    const svc = instance(failing(calls), recordingLogger().logger, 0);
    expect(
      replies([await svc.consider(alert('HTTP 503'), T0), await svc.consider(alert('HTTP 503'), T0)]),
    ).toHaveLength(2);
    expect(calls.n).toBe(0);
  });
});
