import { z } from 'astro/zod';

/** The improvement cycle, in order. Playbooks are organised by it. */
export const stages = [
  { id: 'identify', title: 'Identify the need' },
  { id: 'evidence', title: 'Weigh the evidence' },
  { id: 'broker', title: 'Broker support' },
  { id: 'implement', title: 'Implement' },
  { id: 'review', title: 'Review the impact' },
] as const;

export type StageId = (typeof stages)[number]['id'];

export const stageSchema = z
  .enum(stages.map((stage) => stage.id) as [StageId, ...StageId[]])
  .describe('The stage of the improvement cycle: identify, evidence, broker, implement or review.');
