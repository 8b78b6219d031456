import { useTranslation } from 'react-i18next';
import type { MessagingMessage } from '../../../core/messaging';

type LooseT = (key: string, params?: Record<string, string | number>) => string;

/** A core/messaging message (a key and its values) in the UI language, from the `messaging` texts. */
export function useMessagingText(): (message: MessagingMessage) => string {
  const { t } = useTranslation();
  // The keys come from the tone check at run time, so they cannot be checked against the typed resources.
  const loose = t as unknown as LooseT;
  return (message) => loose(`messaging.${message.key}`, message.params);
}
