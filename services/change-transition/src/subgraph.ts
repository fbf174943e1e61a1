import { join } from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@itsm/subgraph-kit';
import { type Context, createContext } from './context';
import { AffectedServiceEntity } from './entities/affected-service';
import { ApprovalEntity } from './entities/approval';
import { BlackoutWindowEntity } from './entities/blackout-window';
import { ChangeRequestEntity } from './entities/change-request';
import { AcceptanceEntity, ReleaseChangeEntity, ReleaseEntity } from './entities/release';
import { ReviewEntity } from './entities/review';
import { ServiceDependencyReplicaEntity } from './entities/service-dependency-replica';
import { StandardChangeModelEntity } from './entities/standard-change-model';
import { StateTransitionEntity } from './entities/state-transition';
import { CreateChangeRequest1763900000200 } from './migrations/1763900000200-create-change-request';
import { CreateChangeLifecycle1763900000210 } from './migrations/1763900000210-create-change-lifecycle';
import { CreateStandardChangeModel1763900000220 } from './migrations/1763900000220-create-standard-change-model';
import { CreateServiceDependencyReplica1763900000230 } from './migrations/1763900000230-create-service-dependency-replica';
import { resolvers } from './resolvers';
import { dependencyConsumer } from './events/consumed';

export const changeTransition: SubgraphDefinition<Context> = {
  name: 'change-transition',
  typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
  resolvers,
  entities: [
    ChangeRequestEntity,
    AffectedServiceEntity,
    StateTransitionEntity,
    ApprovalEntity,
    ReviewEntity,
    BlackoutWindowEntity,
    ReleaseEntity,
    ReleaseChangeEntity,
    AcceptanceEntity,
    StandardChangeModelEntity,
    ServiceDependencyReplicaEntity,
  ],
  migrations: [
    CreateChangeRequest1763900000200,
    CreateChangeLifecycle1763900000210,
    CreateStandardChangeModel1763900000220,
    CreateServiceDependencyReplica1763900000230,
  ],
  consumer: dependencyConsumer,
  createContext,
};
