import { Badge, Code, Group, Table, Text } from '@mantine/core';
import { DangerButton } from '../../ui/row-actions';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../core/api';
import { useFormat } from '../../i18n/format';

export function TokenTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation();
  const format = useFormat();

  if (tokens.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('tokens.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tokens.name')}</Table.Th>
            <Table.Th>{t('tokens.prefix')}</Table.Th>
            <Table.Th>{t('tokens.scopes')}</Table.Th>
            <Table.Th>{t('tokens.created')}</Table.Th>
            <Table.Th>{t('tokens.lastUsed')}</Table.Th>
            <Table.Th>{t('tokens.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td fw={600}>{token.name}</Table.Td>
              <Table.Td>
                <Code>{token.prefix}…</Code>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {token.scopes.map((scope) => (
                    <Badge key={scope} size="sm" variant="outline" tt="none">
                      {scope}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
              <Table.Td>{token.lastUsedAt === null ? t('common.never') : format.dateTime(token.lastUsedAt)}</Table.Td>
              <Table.Td>
                {token.revokedAt === null ? (
                  <Badge color="teal" variant="light">
                    {t('tokens.active')}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    {t('tokens.revoked')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {token.revokedAt === null && (
                  <DangerButton label={t('tokens.revoke', { name: token.name })} onClick={() => onRevoke(token)}>
                    {t('tokens.revokeButton')}
                  </DangerButton>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
