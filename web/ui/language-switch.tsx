import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../core/api';
import { toLocale } from '../i18n';

interface LanguageSwitchProps {
  /** Called after the UI language changed, e.g. to save it for the signed-in user. */
  onChange?: (locale: Locale) => void;
}

export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const current = toLocale(i18n.language);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={current}
      onChange={(value) => {
        const locale = toLocale(value);
        void i18n.changeLanguage(locale);
        onChange?.(locale);
      }}
      data={[
        {
          value: 'id',
          label: (
            <span title={t('language.idLong')} lang="id">
              {t('language.id')}
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span title={t('language.enLong')} lang="en">
              {t('language.en')}
            </span>
          ),
        },
      ]}
    />
  );
}
