/** Facts about the site itself. `url` is the one place the public address is set. */
export const site = {
  name: 'School Improvement Commons',
  url: process.env.SITE_URL ?? 'https://school-improvement-commons.github.io',
  description:
    'An open knowledge base for school improvement in England: case studies of what worked, evidence summaries and improvement playbooks, shared by trusts and schools.',
  repository: 'https://github.com/school-improvement-commons/commons',
} as const;
