export type MessagingLocale = 'id' | 'en';

/**
 * A message as an i18next key plus its interpolation values, rather than finished sentences: the
 * tone check runs on every keystroke and the UI can switch language without running it again, the
 * same keys serve `t()` in React and `describeMessage` on the server, and the texts live in one
 * table (`MESSAGING_MESSAGES`) that both load.
 */
export interface MessagingMessage {
  key: string;
  params: Record<string, string | number>;
}
