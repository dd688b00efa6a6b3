import { defineCollection, reference } from 'astro:content';
import { caseStudySchema } from './schemas/case-study.ts';
import type { CollectionName } from './schemas/common.ts';
import { evidenceSchema } from './schemas/evidence.ts';
import { collectionSpec } from './schemas/index.ts';
import { playbookSchema } from './schemas/playbook.ts';
import { themeSchema } from './schemas/theme.ts';
import { trustSchema } from './schemas/trust.ts';
import { contributionLoader } from './lib/content/loader.ts';
import { themesLoader } from './lib/content/themes-loader.ts';
import { useFriendlyErrors } from './schemas/error-map.ts';

useFriendlyErrors();

const ref = (collection: CollectionName) => reference(collection);
const contributions = (name: CollectionName) => contributionLoader(collectionSpec(name));

export const collections = {
  caseStudies: defineCollection({ loader: contributions('caseStudies'), schema: caseStudySchema(ref) }),
  evidence: defineCollection({ loader: contributions('evidence'), schema: evidenceSchema(ref) }),
  playbooks: defineCollection({ loader: contributions('playbooks'), schema: playbookSchema(ref) }),
  trusts: defineCollection({ loader: contributions('trusts'), schema: trustSchema(ref) }),
  themes: defineCollection({ loader: themesLoader(), schema: themeSchema }),
};
