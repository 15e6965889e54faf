/** One run of a word diff: text both versions share, or text only the old (`removed`) or new (`added`) one has. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

// Placeholders count as one word each, so a diff never splits `{1}` from `{/1}`'s neighbours oddly.
const tokenPattern = /\{\/?\d+\}|[\p{L}\p{M}\p{N}'’_-]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * What changed from `before` to `after`, word by word (longest common subsequence of words,
 * spaces and punctuation): shows a reviewer which words of a source sentence changed.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.match(tokenPattern) ?? [];
  const b = after.match(tokenPattern) ?? [];
  // lengths[i][j]: longest common subsequence of a[i..] and b[j..]; sentences are short, so O(n·m) is fine.
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts.at(-1);
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
}
