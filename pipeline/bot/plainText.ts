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
    .map((line) => {
      const text = line
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
        .replace(/^\s{0,3}#{1,6}\s+/, '');
      return inlineText(text.includes('|') ? text.replace(/^\s*\|\s*|\s*\|\s*$/g, '').replace(/\s*\|\s*/g, ' | ') : text);
    })
    .join('\n')
    .trim();
}

/**
 * Plain text of inline Markdown (one line or a heading). Most lines carry no markup: a
 * replacement runs only when the line has the character its pattern needs (the whole feed of a
 * large help center goes through here).
 */
export function inlineText(markdown: string): string {
  let text = markdown;
  if (text.includes('](')) text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (text.includes('][')) text = text.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1');
  if (text.includes('<')) text = text.replace(/<\/?[A-Za-z][^>]*>/g, '');
  if (text.includes('`')) text = text.replace(/(`+)(.+?)\1/g, '$2');
  if (text.includes('**') || text.includes('__')) text = text.replace(/(\*\*|__)(.+?)\1/g, '$2');
  if (text.includes('*') || text.includes('_')) text = text.replace(/(^|[^\p{L}\p{N}*_])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, '$1$2');
  if (text.includes('~~')) text = text.replace(/~~(.+?)~~/g, '$1');
  if (text.includes('\\')) text = text.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return (text.includes('  ') || text.includes('\t') ? text.replace(/[ \t]+/g, ' ') : text).trim();
}
