import { Badge, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelPreview } from '../../../core/statements';
import { useMessagingText } from '../messages/messaging-text';
import { AccountBadge } from '../outbox/account-badge';

/** Each channel's text as it will go out: the account that posts it, its length against the limit, the tone check. */
export function ChannelPreviews({
  previews,
  variants,
  onVariant,
}: {
  previews: ChannelPreview[];
  variants?: Record<string, string>;
  onVariant?: (key: string, text: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useMessagingText();
  return (
    <Stack gap="sm">
      {previews.map((p) => (
        <Card key={p.key} withBorder padding="sm" data-testid={`preview-${p.key}`}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="wrap">
              {p.account ? <AccountBadge account={p.account} /> : <Text fw={600}>{t(`statements.channels.${p.channel}`)}</Text>}
              <Badge color={p.fits ? 'gray' : 'red'} variant="light">
                {t('statements.composer.length', { length: p.length, limit: p.limit })}
              </Badge>
            </Group>
            {onVariant ? (
              <Textarea
                label={t('statements.composer.variant')}
                autosize
                minRows={1}
                value={variants?.[p.key] ?? ''}
                placeholder={p.text}
                onChange={(e) => onVariant(p.key, e.currentTarget.value)}
              />
            ) : (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {p.text}
              </Text>
            )}
            {!p.fits && (
              <Text size="sm" c="red">
                {t('statements.composer.tooLong')}
              </Text>
            )}
            {p.findings.map((f, i) => (
              <Text key={`${f.rule}-${i}`} size="sm" c={f.severity === 'block' ? 'red' : 'orange'}>
                {describe(f.explanation)} {describe(f.fix)}
              </Text>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
