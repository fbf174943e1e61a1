import { EntitySchema } from 'typeorm';
import type { ReviewOutcome } from '../domain/change-request';

export interface ReviewRecord {
  changeRequestId: string;
  outcome: ReviewOutcome;
  incidentsCaused: number;
  lessonsLearned: string | null;
  reviewedBy: string;
  reviewedAt: Date;
}

export const ReviewEntity = new EntitySchema<ReviewRecord>({
  name: 'PostImplementationReview',
  tableName: 'post_implementation_review',
  columns: {
    changeRequestId: { type: 'uuid', primary: true, name: 'change_request_id' },
    outcome: { type: 'varchar', length: 10 },
    incidentsCaused: { type: 'integer', name: 'incidents_caused' },
    lessonsLearned: { type: 'text', nullable: true, name: 'lessons_learned' },
    reviewedBy: { type: 'varchar', length: 200, name: 'reviewed_by' },
    reviewedAt: { type: 'timestamptz', createDate: true, name: 'reviewed_at' },
  },
});
