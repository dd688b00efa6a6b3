/** The licences content is shared under, with their names and addresses. */
export const licenceDetails = {
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'OGL-3.0': {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
} as const;

export type LicenceId = keyof typeof licenceDetails;
