/**
 * The components a contribution may use, and the plain HTML each becomes. Contributions are
 * rendered as data, never compiled to JavaScript, so a component here is a mapping, not code
 * that runs.
 */
import type { Element, ElementContent } from 'hast';

export interface ComponentSpec {
  /** What the component is for, shown in the contributor docs. */
  description: string;
  /** Allowed attributes and, where fixed, their allowed values. */
  attributes: Record<string, readonly string[] | 'text'>;
  required: readonly string[];
  toHast(attributes: Record<string, string>, children: ElementContent[]): Element;
}

const calloutLabels = { note: 'Note', tip: 'Tip', caution: 'Caution' } as const;

export const components: Record<string, ComponentSpec> = {
  Callout: {
    description: 'A highlighted box for a key point. type is note, tip or caution; title is optional.',
    attributes: { type: Object.keys(calloutLabels), title: 'text' },
    required: [],
    toHast(attributes, children) {
      const type = (attributes.type ?? 'note') as keyof typeof calloutLabels;
      const title = attributes.title ?? calloutLabels[type];
      return {
        type: 'element',
        tagName: 'aside',
        properties: { className: ['callout', `callout-${type}`], ariaLabel: title },
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: { className: ['callout-title'] },
            children: [{ type: 'text', value: title }],
          },
          ...children,
        ],
      };
    },
  },
  Details: {
    description: 'A section readers can open and close. summary is the line always shown.',
    attributes: { summary: 'text' },
    required: ['summary'],
    toHast(attributes, children) {
      return {
        type: 'element',
        tagName: 'details',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'summary',
            properties: {},
            children: [{ type: 'text', value: attributes.summary ?? '' }],
          },
          ...children,
        ],
      };
    },
  },
};
