import { Alert, Button, FileInput, Group, List, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type ContactFormat, type ContactImportResult, type ContactKind } from '../../../core/api';
import { useImportContacts } from '../../api/contacts';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { formatOfFileName } from './contact-file-format';

/** Choose a file, see what would happen (a dry run), then import. */
export function ContactImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('contacts.importTitle')} size="xl" centered>
      {opened && <ImportFlow onClose={onClose} />}
    </Modal>
  );
}

function ImportFlow({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const run = useImportContacts(workspace.id);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ContactFormat | null>(null);
  const [defaultKind, setDefaultKind] = useState<ContactKind | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const result = run.data;

  const pickFile = async (picked: File | null) => {
    run.reset();
    setFile(picked);
    setFormat(picked ? formatOfFileName(picked.name) : null);
    setContent(picked ? await picked.text() : null);
  };
  const submit = (dryRun: boolean) => {
    if (content !== null && format) run.mutate({ format, content, dryRun, defaultKind });
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('contacts.importHelp')}
      </Text>
      <FileInput
        label={t('contacts.file')}
        accept=".csv,.vcf,.vcard,text/csv,text/vcard"
        value={file}
        onChange={(f) => void pickFile(f)}
        clearable
      />
      <Group grow>
        <Select
          label={t('contacts.format')}
          data={[
            { value: 'csv', label: 'CSV' },
            { value: 'vcard', label: 'vCard (.vcf)' },
          ]}
          value={format}
          onChange={(value) => setFormat(value as ContactFormat | null)}
        />
        <Select
          label={t('contacts.defaultKind')}
          description={t('contacts.defaultKindHelp')}
          placeholder={t('contacts.noDefaultKind')}
          data={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contacts.kinds.${k}`) }))}
          value={defaultKind}
          onChange={(value) => {
            run.reset();
            setDefaultKind(value as ContactKind | null);
          }}
          clearable
        />
      </Group>
      <ErrorAlert error={run.error} />
      {result && <ImportReport result={result} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {result && !result.dryRun ? t('common.close') : t('common.cancel')}
        </Button>
        {(!result || !result.dryRun) && (
          <Button
            onClick={() => submit(true)}
            disabled={content === null || !format || (result !== undefined && !result.dryRun)}
            loading={run.isPending}
          >
            {t('contacts.preview')}
          </Button>
        )}
        {result?.dryRun && (
          <Button onClick={() => submit(false)} disabled={result.imported === 0} loading={run.isPending}>
            {t('contacts.importNow', { count: result.imported })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function ImportReport({ result }: { result: ContactImportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="import-report">
      <Alert
        color={result.rejected.length > 0 ? 'orange' : 'green'}
        title={result.dryRun ? t('contacts.previewTitle') : t('contacts.importedTitle')}
      >
        {t(result.dryRun ? 'contacts.wouldImport' : 'contacts.didImport', {
          imported: result.imported,
          duplicates: result.duplicates.length,
          rejected: result.rejected.length,
        })}
      </Alert>
      {result.rejected.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t('contacts.rejectedTitle')}
          </Text>
          <List size="sm" data-testid="rejected-lines">
            {result.rejected.map((r) => (
              <List.Item key={`${r.line}-${r.reason}`}>{t('contacts.lineReason', { line: r.line, reason: r.reason })}</List.Item>
            ))}
          </List>
        </>
      )}
      {result.duplicates.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('contacts.duplicatesList', { names: result.duplicates.map((d) => `${d.name} (${d.line})`).join(', ') })}
        </Text>
      )}
      {result.dryRun && result.preview.length > 0 && (
        <Table.ScrollContainer minWidth={560} mah={260}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contacts.line')}</Table.Th>
                <Table.Th>{t('contacts.name')}</Table.Th>
                <Table.Th>{t('contacts.kind')}</Table.Th>
                <Table.Th>{t('contacts.organisation')}</Table.Th>
                <Table.Th>{t('contacts.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.preview.map((p) => (
                <Table.Tr key={p.line}>
                  <Table.Td>{p.line}</Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{t(`contacts.kinds.${p.kind}`)}</Table.Td>
                  <Table.Td>{p.organisation}</Table.Td>
                  <Table.Td>{p.email}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
