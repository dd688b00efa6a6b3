import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** One entry of content/themes.yaml. */
export const themeSchema = z.strictObject({
  id: idSchema.describe('The theme id used in other files, for example "reading". Never rename it.'),
  title: z.string().trim().min(3).max(60).describe('The theme name shown on the site.'),
  description: z.string().trim().min(20).max(300).describe('One sentence saying what the theme covers.'),
});
