import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/lib/plaintext.ts';

describe('markdownToText', () => {
  it('turns a release body into clean text', () => {
    const md = [
      '## Măsuri dispuse',
      '',
      'Prefectul a cerut **primarilor** să verifice [planurile de intervenție](https://example.ro/plan).',
      '',
      '- deszăpezirea drumurilor județene;',
      '- stocuri de sare și nisip.',
      '',
      '1. prima',
      '2. a doua',
      '',
      '| Localitate | Intervenții |',
      '| --- | --- |',
      '| Câmpeni | 12 |',
      '',
      'Contact: [presa@prefectura-alba.example.ro](mailto:presa@prefectura-alba.example.ro)',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'MĂSURI DISPUSE',
        '',
        'Prefectul a cerut primarilor să verifice planurile de intervenție (https://example.ro/plan).',
        '',
        '- deszăpezirea drumurilor județene;',
        '- stocuri de sare și nisip.',
        '',
        '1. prima',
        '2. a doua',
        '',
        'Localitate\tIntervenții',
        'Câmpeni\t12',
        '',
        'Contact: presa@prefectura-alba.example.ro',
      ].join('\n'),
    );
  });
});
