import { Anchor, Badge, Button, Card, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type TemplateFilters, useTemplates } from '../../api/messages';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { TemplateFilterBar } from './template-filter-bar';
import { STATUS_COLORS } from './template-words';

export function MessagesPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const [filters, setFilters] = useState<TemplateFilters>({});
  const templates = useTemplates(workspace.id, filters);
  const base = `/w/${workspace.id}/messages`;

  return (
    <>
      <PageHeader
        title={t('messages.title')}
        subtitle={t('messages.subtitle')}
        actions={
          can('templates.write') && (
            <Button component={Link} to={`${base}/new`}>
              {t('messages.new')}
            </Button>
          )
        }
      />
      <Stack>
        <TemplateFilterBar filters={filters} onChange={setFilters} />
        <Card withBorder>
          {templates.isPending && <Loading />}
          <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
          {templates.data?.length === 0 && <Text c="dimmed">{t('messages.empty')}</Text>}
          {templates.data && templates.data.length > 0 && (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('messages.name')}</Table.Th>
                    <Table.Th>{t('messages.crisisType')}</Table.Th>
                    <Table.Th>{t('messages.kind')}</Table.Th>
                    <Table.Th>{t('messages.channel')}</Table.Th>
                    <Table.Th>{t('messages.language')}</Table.Th>
                    <Table.Th>{t('messages.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {templates.data.map((template) => (
                    <Table.Tr key={template.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`${base}/${template.id}`}>
                          {template.name}
                        </Anchor>
                        {template.key && (
                          <Badge ml="xs" size="xs" variant="outline">
                            {t('messages.starter')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`crisis.types.${template.crisisType}`)}</Table.Td>
                      <Table.Td>{t(`messages.kinds.${template.kind}`)}</Table.Td>
                      <Table.Td>{t(`messages.channels.${template.channel}`)}</Table.Td>
                      <Table.Td>{template.language.toUpperCase()}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[template.status]} variant="light">
                          {t(`messages.statuses.${template.status}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </Stack>
    </>
  );
}
