/**
 * A failure whose message is the whole report, for someone to act on: a contribution the site
 * cannot build from, or a built page that breaks one of the site's rules. It carries no stack:
 * Astro prints the stack, and a "Location" taken from it, of any error that has one, and both
 * point into the site's own code rather than at what needs changing.
 */
export class ReportedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    this.stack = '';
  }
}
