import { describe, expect, it } from 'vitest';
import { regions } from '../../../src/schemas/regions.ts';

describe('the English regions and their neighbours', () => {
  const ids = regions.map((region) => region.id);

  it('name only regions of the list, never the region itself, each once', () => {
    for (const region of regions) {
      expect(region.borders.length, region.id).toBeGreaterThan(0);
      expect(new Set(region.borders).size).toBe(region.borders.length);
      for (const neighbour of region.borders) {
        expect(ids).toContain(neighbour);
        expect(neighbour).not.toBe(region.id);
      }
    }
  });

  it('are neighbours both ways', () => {
    for (const region of regions) {
      for (const neighbour of region.borders) {
        const other = regions.find((candidate) => candidate.id === neighbour)!;
        expect(other.borders as readonly string[], `${neighbour} borders ${region.id}`).toContain(region.id);
      }
    }
  });

  it('keep London among the regions around it', () => {
    expect(regions.find((region) => region.id === 'london')!.borders).toEqual(['east-of-england', 'south-east']);
  });
});
