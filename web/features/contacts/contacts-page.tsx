import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CONTACT_KINDS, type Contact, EXPERT_TOPICS } from '../../../core/api';
import { type ContactFilters, contactExportUrl, useContacts, useDeleteContact } from '../../api/contacts';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { PageHeader } from '../../ui/page-header';
import { ExportPlanMenu } from '../plan-document/export-plan-menu';
import { useWorkspace } from '../workspaces/workspace-context';
import { ContactFormModal } from './contact-form-modal';
import { ContactImportModal } from './contact-import-modal';
import { ContactTable } from './contact-table';

function readFilters(params: URLSearchParams): ContactFilters {
  const kind = params.get('kind');
  const topic = params.get('topic');
  return {
    kind: CONTACT_KINDS.find((k) => k === kind),
    topic: EXPERT_TOPICS.find((k) => k === topic),
    q: params.get('q') || undefined,
  };
}

export function ContactsPage() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const contacts = useContacts(workspace.id, filters);
  const remove = useDeleteContact(workspace.id);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [importing, setImporting] = useState(false);
  const setFilter = (key: keyof ContactFilters, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filtered = Boolean(filters.kind || filters.topic || filters.q);

  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        subtitle={t('contacts.subtitle')}
        actions={
          <>
            {can('contacts.write') && <Button onClick={() => setEditing('new')}>{t('contacts.new')}</Button>}
            {can('contacts.write') && (
              <Button variant="light" onClick={() => setImporting(true)}>
                {t('contacts.import')}
              </Button>
            )}
            <Button component="a" variant="default" href={contactExportUrl(workspace.id, 'csv')} download>
              {t('contacts.exportCsv')}
            </Button>
            <Button component="a" variant="default" href={contactExportUrl(workspace.id, 'vcard')} download>
              {t('contacts.exportVcard')}
            </Button>
            <ExportPlanMenu />
          </>
        }
      />
      <Stack>
        {!can('contacts.read_private') && (
          <Alert color="gray" variant="light">
            {t('contacts.privateHiddenNote')}
          </Alert>
        )}
        <Group align="flex-end">
          <Select
            label={t('contacts.kind')}
            placeholder={t('common.all')}
            data={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contacts.kinds.${k}`) }))}
            value={filters.kind ?? null}
            onChange={(value) => setFilter('kind', value)}
            clearable
          />
          <Select
            label={t('contacts.topic')}
            placeholder={t('common.all')}
            data={EXPERT_TOPICS.map((k) => ({ value: k, label: t(`contacts.topics.${k}`) }))}
            value={filters.topic ?? null}
            onChange={(value) => setFilter('topic', value)}
            clearable
          />
          <TextInput
            label={t('contacts.search')}
            placeholder={t('contacts.searchPlaceholder')}
            defaultValue={filters.q ?? ''}
            onChange={(e) => setFilter('q', e.currentTarget.value.trim() || null)}
          />
        </Group>
        <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
        {contacts.isPending && <Loading />}
        {contacts.data &&
          (contacts.data.length === 0 ? (
            filtered ? (
              <EmptyState title={t('contacts.noResults')} />
            ) : (
              <EmptyState title={t('contacts.emptyTitle')}>{t('contacts.emptyBody')}</EmptyState>
            )
          ) : (
            <ContactTable contacts={contacts.data} onEdit={setEditing} onDelete={setDeleting} />
          ))}
      </Stack>
      <ContactFormModal opened={editing !== null} contact={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <ContactImportModal opened={importing} onClose={() => setImporting(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('contacts.deleteTitle')}
        message={deleting ? t('contacts.deleteBody', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </>
  );
}
