import { describe, expect, it } from 'vitest';
import { parseMarkdown, splitBold } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, lists and paragraphs joined across lines', () => {
    expect(parseMarkdown('# Judul\n\nSatu baris\ndan lanjutannya.\n\n## Bagian\n- a\n- **b**\n1. x\n2. y')).toEqual([
      { kind: 'heading', level: 1, text: 'Judul' },
      { kind: 'paragraph', text: 'Satu baris dan lanjutannya.' },
      { kind: 'heading', level: 2, text: 'Bagian' },
      { kind: 'list', ordered: false, items: ['a', '**b**'] },
      { kind: 'list', ordered: true, items: ['x', 'y'] },
    ]);
  });

  it('splits bold runs so odd parts are bold, and leaves HTML as text', () => {
    expect(splitBold('jangan **pernah** membalas')).toEqual(['jangan ', 'pernah', ' membalas']);
    expect(parseMarkdown('<script>x</script>')).toEqual([{ kind: 'paragraph', text: '<script>x</script>' }]);
  });
});
