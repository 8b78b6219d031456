import { describe, expect, it } from 'vitest';
import { checkTone } from '../tone/check-tone';
import { checkTemplateFits, renderTemplate } from './template-render';
import { TEMPLATE_VARIABLES, TEMPLATE_VARIABLE_DESCRIPTIONS } from './template-variables';

const HOLDING = 'Kami mengetahui adanya {issue} pada {brand}. Kabar berikutnya {next_update}; pertanyaan: {contact}.';

describe('renderTemplate', () => {
  it('fills every variable', () => {
    const rendered = renderTemplate(HOLDING, {
      issue: 'gangguan pembayaran',
      brand: 'Kopi Nusantara',
      next_update: 'pukul 15.00 WIB',
      contact: 'DM @kopinusantara',
    });
    expect(rendered).toEqual({
      text: 'Kami mengetahui adanya gangguan pembayaran pada Kopi Nusantara. Kabar berikutnya pukul 15.00 WIB; pertanyaan: DM @kopinusantara.',
      missing: [],
      errors: [],
    });
  });

  it('reports missing and blank values and leaves their placeholders for the tone check to stop', () => {
    const rendered = renderTemplate(HOLDING, { issue: 'gangguan pembayaran', brand: '  ' });
    expect(rendered.missing).toEqual(['brand', 'next_update', 'contact']);
    expect(rendered.text).toContain('{brand}');
    const finding = checkTone(rendered.text, { unfilledVariables: rendered.missing }).find((f) => f.rule === 'unfilled_variable');
    expect(finding?.severity).toBe('block');
  });

  it('returns the parse errors and no filled text for a broken template', () => {
    const rendered = renderTemplate('Halo {nama}', { name: 'Rina' });
    expect(rendered.errors.map((e) => e.code)).toEqual(['unknown_variable']);
    expect(rendered.text).toBe('Halo {nama}');
  });
});

describe('checkTemplateFits', () => {
  it('measures missing values with their examples and says which', () => {
    const fit = checkTemplateFits(HOLDING, 'x', { brand: 'Kopi Nusantara' });
    expect(fit.fits).toBe(true);
    expect(fit.assumed).toEqual(['issue', 'next_update', 'contact']);
  });

  it('finds a template too long for a TikTok comment once rendered', () => {
    const fit = checkTemplateFits(`${HOLDING} ${'Kami terus memantau. '.repeat(5)}`, 'tiktok_comment');
    expect(fit.fits).toBe(false);
    expect(fit.over).toBeGreaterThan(0);
  });
});

describe('TEMPLATE_VARIABLE_DESCRIPTIONS', () => {
  it('describes every variable in Indonesian and English with an example', () => {
    for (const name of TEMPLATE_VARIABLES) {
      const description = TEMPLATE_VARIABLE_DESCRIPTIONS[name];
      expect(description.id && description.en && description.example, name).toBeTruthy();
    }
  });
});
