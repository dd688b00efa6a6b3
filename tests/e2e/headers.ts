/** The site's security headers, so tests serve pages under the policy the site ships with. */
import { securityHeaders } from '../../src/lib/publish/security-headers.ts';

export const siteHeaders = (): Record<string, string> =>
  Object.fromEntries(Object.entries(securityHeaders).map(([name, value]) => [name.toLowerCase(), value]));
