import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlTag, toLocale } from './index';

/** Intl formatters in the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const tag = intlTag(toLocale(i18n.language));
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(tag);
    const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
    return {
      dateTime: (ms: number) => dateTime.format(ms),
      date: (ms: number) => date.format(ms),
      number: (value: number) => number.format(value),
      compact: (value: number) => compact.format(value),
      percent: (ratio: number) => percent.format(ratio),
    };
  }, [tag]);
}
