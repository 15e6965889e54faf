/**
 * Plain text of a Markdown block for the bot and for retrieval: emphasis, link and image syntax,
 * HTML/JSX tags, list and quote markers and table pipes go; link text, inline code and the
 * content of code blocks stay (a code sample is often the answer).
 */
export function plainText(markdown: string, kind: 'text' | 'code' = 'text'): string {
  if (kind === 'code') return markdown.replace(/^ {0,3}(`{3,}|~{3,}).*$/gm, '').trim();
  return markdown
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line))
    .map((line) =>
      inlineText(
        line
          .replace(/^\s{0,3}>\s?/, '')
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
          .replace(/\s*\|\s*/g, ' | '),
      ),
    )
    .join('\n')
    .trim();
}

/** Plain text of inline Markdown (one line or a heading). */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
