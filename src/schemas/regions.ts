import { z } from 'astro/zod';

/**
 * The nine English regions (the former Government Office regions, used by DfE statistics), each with
 * the regions it shares a land border with. Support is brokered close to a school, so a school's
 * own region comes first and its neighbours next.
 */
export const regions = [
  { id: 'north-east', title: 'North East', borders: ['north-west', 'yorkshire-and-the-humber'] },
  {
    id: 'north-west',
    title: 'North West',
    borders: ['north-east', 'yorkshire-and-the-humber', 'east-midlands', 'west-midlands'],
  },
  {
    id: 'yorkshire-and-the-humber',
    title: 'Yorkshire and the Humber',
    borders: ['north-east', 'north-west', 'east-midlands'],
  },
  {
    id: 'east-midlands',
    title: 'East Midlands',
    borders: ['north-west', 'yorkshire-and-the-humber', 'west-midlands', 'east-of-england', 'south-east'],
  },
  {
    id: 'west-midlands',
    title: 'West Midlands',
    borders: ['north-west', 'east-midlands', 'south-east', 'south-west'],
  },
  { id: 'east-of-england', title: 'East of England', borders: ['east-midlands', 'london', 'south-east'] },
  { id: 'london', title: 'London', borders: ['east-of-england', 'south-east'] },
  {
    id: 'south-east',
    title: 'South East',
    borders: ['london', 'east-of-england', 'east-midlands', 'west-midlands', 'south-west'],
  },
  { id: 'south-west', title: 'South West', borders: ['west-midlands', 'south-east'] },
] as const;

export type RegionId = (typeof regions)[number]['id'];

export const regionSchema = z
  .enum(regions.map((region) => region.id) as [RegionId, ...RegionId[]])
  .describe('One of the nine English regions.');
