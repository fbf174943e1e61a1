import { randomUUID } from 'node:crypto';
import type { Role } from '@itsm/platform';
import { onlyError } from '@itsm/testkit';
import {
  ANALYST,
  CHANGE_MANAGER,
  changeTransitionUnderTest,
  completeInput,
  DEFINE_MODEL,
  DOCUMENTS,
  modelInput,
} from './change-test-kit';

const CATALOGUE = `query { standardChangeModels { name risk } }`;
const MODEL_OF = `query Q($id: ID!) { changeRequest(id: $id) { standardChangeModel { id name } category implementationPlan backoutPlan testPlan } }`;

const driver = changeTransitionUnderTest();

describe('defineStandardChangeModel', () => {
  it('adds a model to the catalogue, which lists models in name order, and publishes it', async () => {
    const zebra = await driver.defineModel({
      name: 'Zz rotate log files',
      impact: 'MEDIUM',
      likelihood: 'LOW',
    });
    await driver.defineModel({ name: 'Aa add a disk', impact: 'LOW', likelihood: 'MEDIUM' });

    expect(zebra).toMatchObject({ risk: 'LOW', definedBy: 'dewi.change', description: null });
    const { standardChangeModels } = (await driver.query(ANALYST, CATALOGUE)).data!;
    expect(standardChangeModels[0]).toEqual({ name: 'Aa add a disk', risk: 'LOW' });
    expect(standardChangeModels.at(-1)).toEqual({ name: 'Zz rotate log files', risk: 'LOW' });
    const [event] = await driver.eventsOf(zebra.id);
    expect(event).toMatchObject({
      type: 'itsm.change-transition.standard-change-model.defined.v1',
      data: { standardChangeModelId: zebra.id, name: 'Zz rotate log files' },
    });
  });

  it('refuses a name already in the catalogue', async () => {
    const model = await driver.defineModel();
    const response = await driver.query(CHANGE_MANAGER, DEFINE_MODEL, {
      input: modelInput({ name: model.name }),
    });
    expect(onlyError(response).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  it.each([
    ['a blank name', { name: ' ' }, 'input.name'],
    ['a blank backout plan', { backoutPlan: '' }, 'input.backoutPlan'],
  ])('refuses %s', async (_case, input, field) => {
    const response = await driver.query(CHANGE_MANAGER, DEFINE_MODEL, {
      input: modelInput(input),
    });
    expect(onlyError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each<Role>(['CAB_MEMBER', 'ACCOUNT_MANAGER', 'ANALYST'])('refuses %s', async (role) => {
    const response = await driver.query({ roles: [role] }, DEFINE_MODEL, {
      input: modelInput(),
    });
    expect(onlyError(response).extensions!.code).toBe('FORBIDDEN');
  });
});

describe('raising a STANDARD change', () => {
  it('starts from its model: what the request omits, the model fills in', async () => {
    const model = await driver.defineModel();
    const raised = await driver.ok(CHANGE_MANAGER, DOCUMENTS.raise, {
      input: {
        title: 'Renew the shop certificate',
        type: 'STANDARD',
        serviceIds: [randomUUID()],
        standardChangeModelId: model.id,
        urgency: 'LOW',
        testPlan: 'Check the shop in three browsers.',
      },
    });

    expect(raised).toMatchObject({ impact: 'LOW', likelihood: 'LOW', urgency: 'LOW', risk: 'LOW' });
    expect(await driver.ok(ANALYST, MODEL_OF, { id: raised.id })).toEqual({
      standardChangeModel: { id: model.id, name: model.name },
      category: 'Security',
      implementationPlan: 'Install the renewed certificate.',
      backoutPlan: 'Reinstall the previous certificate.',
      testPlan: 'Check the shop in three browsers.',
    });
    expect((await driver.ok(CHANGE_MANAGER, DOCUMENTS.submit, { id: raised.id })).state).toBe(
      'SUBMITTED',
    );
  });

  it.each([
    ['a STANDARD change without a model', { type: 'STANDARD' }, 'BAD_USER_INPUT'],
    [
      'a NORMAL change with a model',
      { type: 'NORMAL', standardChangeModelId: randomUUID() },
      'BAD_USER_INPUT',
    ],
    ['an unknown model', { type: 'STANDARD', standardChangeModelId: randomUUID() }, 'NOT_FOUND'],
  ])('refuses %s, naming standardChangeModelId', async (_case, overrides, code) => {
    const response = await driver.query(CHANGE_MANAGER, DOCUMENTS.raise, {
      input: completeInput(overrides),
    });
    expect(onlyError(response).extensions).toMatchObject({
      code,
      field: 'input.standardChangeModelId',
    });
  });
});
