import { beforeAll, expect, it } from 'vitest';
import {
  approveVersion,
  createDraft,
  getVersion,
  publishVersion,
  saveDraft,
  submitForApproval,
} from '../../server/services/index.ts';
import type { SavedScenario } from '../../schemas/procedure.ts';
import { withStores } from '../support/db.ts';
import { example, scenario } from '../support/examples.ts';
import { t, world, type World } from './services-fixtures.ts';
import { refusal, rowCounts } from './services-support.ts';

const birth = example('birth-registration');
const { definition: _file, ...run } = scenario('birth-registration');
const passing: SavedScenario = {
  name: 'Trả kết quả tại quầy',
  scenario: run,
  expect: { status: 'completed' },
};

await withStores('publishing runs the saved scenarios', (s) => {
  let w: World;
  const now = t('2026-11-20T09:00');
  beforeAll(async () => {
    w = await world(s.store());
  });
  const as = (login: Parameters<World['ctx']>[0]) => w.ctx(login, now);

  /** A draft of the birth registration with these saved scenarios, taken up to approval. */
  const approved = async (code: string, scenarios: SavedScenario[]) => {
    const store = s.store();
    const draft = await createDraft(store, await as('thietke'), {
      from: 'scratch',
      code,
      name: { vi: 'Thủ tục thử nghiệm', en: 'Test procedure' },
      sector: 'thu-nghiem',
      unit: '000.01.01.H41',
    });
    const saved = await saveDraft(store, await as('thietke'), {
      versionId: draft.id,
      definition: { ...birth, code, scenarios },
    });
    expect(saved.problems.filter((p) => p.severity === 'error')).toEqual([]);
    await submitForApproval(store, await as('thietke'), { versionId: draft.id });
    await approveVersion(store, await as('pheduyet'), { versionId: draft.id });
    return draft.id;
  };

  it('refuses to publish while a saved scenario fails, naming it and the step', async () => {
    const store = s.store();
    // The leader cannot complete the specialist's step: the run stops at its third step.
    const wrongRole = {
      ...run,
      steps: run.steps.map((step, i) => (i === 2 ? { ...step, role: 'leader' } : step)),
    };
    const versionId = await approved('T.0101', [passing, { name: 'Lãnh đạo làm thay', scenario: wrongRole }]);
    const before = await rowCounts(store);
    const refused = await refusal(publishVersion(store, await as('thietke'), { versionId }));
    expect(refused).toMatchObject({
      code: 'SCENARIO_FAILED',
      httpStatus: 422,
      path: '/definition/scenarios/1',
    });
    expect(refused.localized.vi).toMatch(/^Kịch bản "Lãnh đạo làm thay" không đạt ở bước 3: /);
    expect(refused.localized.en).toMatch(/^Scenario "Lãnh đạo làm thay" fails at step 3: /);
    expect(await rowCounts(store)).toEqual(before);
    expect((await getVersion(store, await as('thietke'), { versionId })).status).toBe('approved');
  });

  it('refuses a scenario that runs through but ends otherwise than saved', async () => {
    const store = s.store();
    const versionId = await approved('T.0102', [{ ...passing, expect: { status: 'processing' } }]);
    const refused = await refusal(publishVersion(store, await as('thietke'), { versionId }));
    expect(refused).toMatchObject({ code: 'SCENARIO_FAILED', path: '/definition/scenarios/0' });
    expect(refused.localized.en).toContain('expected "processing"');
  });

  it('publishes when every saved scenario passes', async () => {
    const store = s.store();
    const versionId = await approved('T.0103', [passing]);
    const published = await publishVersion(store, await as('thietke'), { versionId });
    expect(published).toMatchObject({ status: 'published', live: true });
  });
});
