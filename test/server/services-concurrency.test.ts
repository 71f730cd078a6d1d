import { expect, it } from 'vitest';
import { serviceContext, submitDossier, verifyAudit } from '../../server/services/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH } from '../support/examples.ts';
import { filesFor, t, world } from './services-fixtures.ts';

await withStores('concurrent submissions', (s) => {
  it('gives 200 concurrent submissions to one unit 200 distinct codes, numbered 1–200', async () => {
    const w = await world(s.store());
    // Four connections (SQLite: four handles on one file; PostgreSQL: four pools) share the work.
    const stores = [s.store(), await s.db().open(), await s.db().open(), await s.db().open()];
    const at = t('2026-11-24T08:00');
    const contexts = await Promise.all(stores.map((store) => serviceContext(store, w.actors.congdan, at)));
    // Each submission hands in its own uploaded file, uploaded before the race.
    const files = await Promise.all(
      Array.from({ length: 200 }, (_, i) => filesFor(stores[i % 4], contexts[i % 4], BIRTH)),
    );
    const results = await Promise.all(
      files.map((attachments, i) => submitDossier(stores[i % 4], contexts[i % 4], { ...BIRTH, attachments })),
    );
    const codes = results.map((r) => r.code);
    expect(new Set(codes).size).toBe(200);
    const numbers = codes.map((c) => Number(c.slice('000.01.01.H41-261124-'.length))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(codes.every((c) => c.startsWith('000.01.01.H41-261124-'))).toBe(true);
    expect(await s.store().count('dossiers')).toBe(200);
    const report = await verifyAudit(s.store());
    expect(report.ok).toBe(true);
    expect(report.checked.events).toBe(200);
  });
});
