import { z } from 'astro/zod';

/** The nine English regions (the former Government Office regions, used by DfE statistics). */
export const regions = [
  { id: 'north-east', title: 'North East' },
  { id: 'north-west', title: 'North West' },
  { id: 'yorkshire-and-the-humber', title: 'Yorkshire and the Humber' },
  { id: 'east-midlands', title: 'East Midlands' },
  { id: 'west-midlands', title: 'West Midlands' },
  { id: 'east-of-england', title: 'East of England' },
  { id: 'london', title: 'London' },
  { id: 'south-east', title: 'South East' },
  { id: 'south-west', title: 'South West' },
] as const;

export type RegionId = (typeof regions)[number]['id'];

export const regionSchema = z
  .enum(regions.map((region) => region.id) as [RegionId, ...RegionId[]])
  .describe('One of the nine English regions.');
