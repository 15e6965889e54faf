import { describe, expect, it } from 'vitest';
import { renderPlaceholders } from './renderPlaceholders.ts';

const elements = {
  open: (id: number) => `<open ${id}>`,
  close: (id: number) => `<close ${id}>`,
  standalone: (id: number, repeat: number) => `<single ${id}${repeat ? ` again ${repeat}` : ''}>`,
};

describe('renderPlaceholders', () => {
  it('escapes the text, undoubles braces and writes each placeholder as the format says, counting repeats of standalone ones', () => {
    expect(renderPlaceholders('Tap {1}A & "B"{/1}, then {2} <or> {2} in {{x}}.', elements)).toBe('Tap <open 1>A &amp; &quot;B&quot;<close 1>, then <single 2> &lt;or&gt; <single 2 again 1> in {x}.');
  });
});
