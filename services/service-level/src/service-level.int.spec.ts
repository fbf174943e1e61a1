import { startTestSubgraph, type TestSubgraph } from '@itsm/testkit';
import { serviceLevel } from './subgraph';
let subgraph: TestSubgraph;
beforeAll(async () => { subgraph = await startTestSubgraph(serviceLevel); });
afterAll(() => subgraph.stop());
it('x', async () => {
  const r = await subgraph.query({ roles: ['ADMIN'] }, '{ services { edges { node { id } } } }');
  console.log(JSON.stringify(r));
});
