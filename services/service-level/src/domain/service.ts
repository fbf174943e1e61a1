import { z } from 'zod';
import { SERVICE_LIFECYCLES } from '@itsm/events/contracts';

export type ServiceLifecycle = (typeof SERVICE_LIFECYCLES)[number];

export const registerServiceSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(2000).nullish(),
  owner: z.string().trim().min(1, 'must not be empty').max(200),
  lifecycle: z.enum(SERVICE_LIFECYCLES).default('PIPELINE'),
});

export type ServiceRegistration = z.infer<typeof registerServiceSchema>;
