import { type EntityManager, In } from 'typeorm';
import type { StandardChangeModelDraft } from '../domain/change-request';
import {
  StandardChangeModelEntity,
  type StandardChangeModelRecord,
} from '../entities/standard-change-model';

export class StandardChangeModelRepository {
  constructor(private readonly manager: EntityManager) {}

  private get models() {
    return this.manager.getRepository(StandardChangeModelEntity);
  }

  findByIds(ids: readonly string[]): Promise<StandardChangeModelRecord[]> {
    return this.models.findBy({ id: In([...ids]) });
  }

  findAll(): Promise<StandardChangeModelRecord[]> {
    return this.models.find({ order: { name: 'ASC' } });
  }

  insert(draft: StandardChangeModelDraft, definedBy: string): Promise<StandardChangeModelRecord> {
    return this.models.save(
      this.models.create({
        ...draft,
        description: draft.description ?? null,
        category: draft.category ?? null,
        definedBy,
      }),
    );
  }
}
