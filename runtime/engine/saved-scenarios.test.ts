import { describe, expect, it } from 'vitest';
import { lint } from './lint/index.ts';
import { checkSavedScenario, runSavedScenarios } from './saved-scenarios.ts';
import { chain, DATA, definition, node } from '../../test/engine/support/builder.ts';

const base = definition({
  nodes: [
    node('start', 'start'),
    node('reception', 'reception'),
    node('appraisal', 'task', { role: 'specialist' }),
    node('end', 'end'),
  ],
  edges: chain('start', 'reception', 'appraisal', 'end'),
  processingTime: { value: 1, unit: 'working_days' },
});
const scenario = {
  submit: { at: '2026-11-23T08:00', data: DATA },
  steps: [
    { at: '2026-11-23T09:00', role: 'reception', action: 'accept' },
    { at: '2026-11-23T10:00', role: 'specialist', action: 'complete' },
  ],
};

describe('runSavedScenarios', () => {
  it('passes when every saved scenario ends as expected', () => {
    const def = {
      ...base,
      scenarios: [
        { name: 'Hết quy trình', scenario, expect: { status: 'completed', nodes: [] } },
        {
          name: 'Mới nhận',
          scenario: { ...scenario, steps: scenario.steps.slice(0, 1) },
          expect: { nodes: ['appraisal'] },
        },
      ],
    };
    expect(lint(def).filter((p) => p.severity === 'error')).toEqual([]);
    expect(runSavedScenarios(def)).toBeUndefined();
  });

  it('names the scenario and the step an action fails at', () => {
    const wrong = { ...scenario, steps: [scenario.steps[0], { ...scenario.steps[1], role: 'leader' }] };
    const failure = runSavedScenarios({ ...base, scenarios: [{ name: 'Sai vai trò', scenario: wrong }] });
    expect(failure?.name).toBe('Sai vai trò');
    expect(failure?.path).toBe('/scenarios/0');
    expect(failure?.message.vi).toMatch(/^Kịch bản "Sai vai trò" không đạt ở bước 2: /);
    expect(failure?.message.en).toMatch(/^Scenario "Sai vai trò" fails at step 2: /);
  });

  it('fails a run that ends otherwise than expected', () => {
    const failure = runSavedScenarios({
      ...base,
      scenarios: [
        { name: 'A', scenario },
        { name: 'B', scenario, expect: { status: 'processing' } },
      ],
    });
    expect(failure?.path).toBe('/scenarios/1');
    expect(failure?.message.en).toContain('expected "processing"');
  });

  it('fails a run whose fees total otherwise than expected, and checks each scenario on its own', () => {
    const def = {
      ...base,
      scenarios: [
        { name: 'Miễn phí', scenario, expect: { feeTotal: 0 } },
        { name: 'Có phí', scenario, expect: { feeTotal: 8000 } },
      ],
    };
    expect(checkSavedScenario(def, 0)).toBeUndefined();
    expect(checkSavedScenario(def, 1)?.message.vi).toBe(
      'Kịch bản "Có phí" không đạt ở cuối: tổng phí, lệ phí là 0 đồng, cần 8000 đồng.',
    );
    expect(runSavedScenarios(def)?.path).toBe('/scenarios/1');
  });
});

describe('lint of saved scenarios', () => {
  it('checks their shape at their pointer and their names once', () => {
    const problems = lint({
      ...base,
      scenarios: [
        { name: 'A', scenario },
        { name: 'A', scenario: { steps: [] } },
      ],
    });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['SCENARIO_DUPLICATE_NAME', '/scenarios/1/name'],
      ['SCENARIO_INVALID', '/scenarios/1/scenario/submit'],
    ]);
  });
});
