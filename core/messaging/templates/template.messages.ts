import type { MessagingLocale } from '../messaging.types';
import type { TemplateErrorCode } from './template-parser';

type TemplateTexts = Record<TemplateErrorCode | 'unknown_variable_suggestion', string>;

/** Template errors in both languages, as an i18next resource (`template.<code>`); see `MessagingMessage`. */
export const TEMPLATE_MESSAGES: Record<MessagingLocale, { template: TemplateTexts }> = {
  id: {
    template: {
      unclosed_brace:
        '“{” pada posisi {{position}} belum ditutup: tambahkan “}”, atau gandakan kurung kurawal untuk menuliskannya apa adanya.',
      unmatched_close_brace: '“}” pada posisi {{position}} tidak punya pasangan “{”; gandakan untuk menuliskannya apa adanya.',
      empty_variable: 'Kurung kurawal pada posisi {{position}} tidak berisi nama variabel.',
      invalid_variable_name: '“{{text}}” pada posisi {{position}} bukan nama variabel: gunakan huruf kecil, angka dan _.',
      unknown_variable: 'Variabel “{{name}}” pada posisi {{position}} tidak dikenal.',
      unknown_variable_suggestion: 'Variabel “{{name}}” pada posisi {{position}} tidak dikenal; maksudnya “{{suggestion}}”?',
    },
  },
  en: {
    template: {
      unclosed_brace: '“{” at position {{position}} is never closed: add “}”, or double the brace to write it as it is.',
      unmatched_close_brace: '“}” at position {{position}} has no matching “{”; double it to write it as it is.',
      empty_variable: 'The braces at position {{position}} hold no variable name.',
      invalid_variable_name: '“{{text}}” at position {{position}} is not a variable name: use lower-case letters, digits and _.',
      unknown_variable: 'Unknown variable “{{name}}” at position {{position}}.',
      unknown_variable_suggestion: 'Unknown variable “{{name}}” at position {{position}}; did you mean “{{suggestion}}”?',
    },
  },
};
