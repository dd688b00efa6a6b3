import { z } from 'astro/zod';

export const phases = [
  { id: 'early-years', title: 'Early years' },
  { id: 'primary', title: 'Primary' },
  { id: 'secondary', title: 'Secondary' },
  { id: 'all-through', title: 'All-through' },
  { id: 'special', title: 'Special' },
  { id: 'alternative-provision', title: 'Alternative provision' },
  { id: 'post-16', title: 'Post-16' },
] as const;

export type PhaseId = (typeof phases)[number]['id'];

export const phaseSchema = z
  .enum(phases.map((phase) => phase.id) as [PhaseId, ...PhaseId[]])
  .describe('A phase of education.');
