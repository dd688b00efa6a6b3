/** Escapes text for HTML or XML: in attribute values and in element content alike. */
export const escapeMarkup = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A trust's contact is a role email address or a contact page; either way, a link. */
export const contactHref = (contact: string) => (contact.startsWith('https://') ? contact : `mailto:${contact}`);
