import { z } from 'astro/zod';
import { httpsUrl, redirectFromSchema, sourceLinksSchema, type ReferenceFactory } from './common.ts';
import { regionSchema } from './regions.ts';

/** Each kind of organisation, with its name and the schema.org type its page describes it as. */
export const trustKinds = [
  { id: 'multi-academy-trust', title: 'Multi-academy trust', schemaType: 'EducationalOrganization' },
  { id: 'local-authority', title: 'Local authority', schemaType: 'GovernmentOrganization' },
  { id: 'diocese', title: 'Diocese', schemaType: 'Organization' },
  { id: 'teaching-school-hub', title: 'Teaching school hub', schemaType: 'EducationalOrganization' },
  { id: 'federation', title: 'Federation', schemaType: 'EducationalOrganization' },
  // A school on its own: the work was the school's, and no trust's figures were found to stand for it.
  { id: 'school', title: 'School', schemaType: 'School' },
  { id: 'other', title: 'Other organisation', schemaType: 'Organization' },
] as const;

type TrustKind = (typeof trustKinds)[number]['id'];

/**
 * Mail services people use for themselves: a trust's role address is on its own domain, so an
 * address at one of these is someone's own, and is published on the trust's page.
 */
const PERSONAL_MAIL_DOMAINS =
  /@(gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|btinternet|sky|virginmedia|talktalk|protonmail|proton|gmx)\.[a-z.]+$/i;

/** A role address (info@, enquiries@) or a contact page; never a named person's address. */
const contactSchema = z
  .union([z.email(), httpsUrl], {
    error: 'must be a role email address such as enquiries@trust.org.uk, or a contact page starting with https://',
  })
  .refine((contact) => !PERSONAL_MAIL_DOMAINS.test(contact), {
    params: { rule: 'personal-contact' },
    error: 'looks like a person\u2019s own email address, and it would be published on the trust\u2019s page',
  })
  .describe(
    'How to get in touch: a role email address such as enquiries@trust.org.uk, or a contact page starting with https://. Never a named person.',
  );

export const trustSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    name: z.string().trim().min(3).max(120).describe('The organisation\u2019s name as registered.'),
    kind: z
      .enum(trustKinds.map((kind) => kind.id) as [TrustKind, ...TrustKind[]])
      .describe('What kind of organisation it is.'),
    about: z
      .string()
      .trim()
      .min(40)
      .max(400)
      .describe(
        'What the organisation is and where it works, in one to three plain-text sentences (40 to 400 characters). Shown at the top of its page and in lists.',
      ),
    regions: z.array(regionSchema).min(1).describe('The English regions its schools are in.'),
    schoolsCount: z.number().int().min(1).describe('How many schools it runs or works with, as publicly reported.'),
    schoolsCounted: z
      .string()
      .trim()
      .min(3)
      .max(120)
      .optional()
      .describe(
        'What schoolsCount counts, when it is not simply the schools the organisation runs: for example "partner schools in 2023/24". Shown beside the number.',
      ),
    website: httpsUrl.describe('Its website, starting with https://'),
    supportOffered: z
      .array(reference('themes'))
      .default([])
      .describe('Theme ids it offers support to other schools in. Leave empty if none.'),
    contact: contactSchema,
    sources: sourceLinksSchema.default([]).describe('Public pages the facts about the organisation come from.'),
    redirectFrom: redirectFromSchema,
  });
