/** A school's page on Get Information about Schools, the Department for Education's register, by its URN. */
export const giasUrl = (urn: string): string =>
  `https://get-information-schools.service.gov.uk/Establishments/Establishment/Details/${encodeURIComponent(urn)}`;
