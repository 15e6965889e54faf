import { DOMParser, type Element } from '@xmldom/xmldom';
import type { Diagnostic } from './diagnostic.ts';

/** Where xmldom says a node starts (1-based), when it knows. */
export interface Located {
  lineNumber?: number;
  columnNumber?: number;
}

/** The root element of `xml`, or a `<rule>` diagnostic at the line and column where the XML breaks. */
export function parseXml(xml: string, file: string, rule: string, hint: string): { root: Element | null } | { diagnostic: Diagnostic } {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        // Warnings (an unknown entity's recovery, a stray attribute) still leave a usable tree.
        if (level === 'fatalError' || level === 'error') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
    return { root: doc.documentElement };
  } catch (error) {
    const located = (error as { locator?: Located }).locator;
    const message = (error as Error).message.replace(/^.*caused Error: /s, '').split('\n')[0];
    return { diagnostic: { file, line: located?.lineNumber ?? 1, column: located?.columnNumber ?? 1, rule, message: `not well-formed XML: ${message}`, hint, severity: 'error' } };
  }
}
