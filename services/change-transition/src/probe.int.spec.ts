import { startTestSubgraph, type TestSubgraph } from '@itsm/testkit';
import { changeTransition } from './subgraph';
let subgraph: TestSubgraph;
beforeAll(async () => { subgraph = await startTestSubgraph(changeTransition); });
afterAll(() => subgraph.stop());
it('x', async () => {
  const r = await subgraph.query({ roles: ['ADMIN'], subject: 'me' }, 'mutation($i: RaiseChangeRequestInput!) { raiseChangeRequest(input: $i) { id reference state requestedBy createdAt customer { id } affectedServices { id } } }', { i: { title: 't', type: 'NORMAL', serviceIds: ['6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f'] } });
  console.log(JSON.stringify(r));
});
