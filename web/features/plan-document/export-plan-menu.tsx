import { Alert, Button, Menu, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { planDocumentUrl, useDownloadPlanDocument } from '../../api/plan-document';
import { toLocale } from '../../i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

/**
 * "Export the plan": the printable HTML opens in a new tab, PDF and Markdown download. The document is
 * in the interface language and holds what the person exporting may see.
 */
export function ExportPlanMenu() {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const download = useDownloadPlanDocument(workspace.id);
  const language = toLocale(i18n.language);
  const chromiumMissing = download.error instanceof ApiError && download.error.code === 'unavailable';

  return (
    <Stack gap="xs" align="flex-end">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={download.isPending}>
            {t('planDocument.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component="a" href={planDocumentUrl(workspace.id, 'html', language)} target="_blank" rel="noopener">
            {t('planDocument.html')}
          </Menu.Item>
          <Menu.Item onClick={() => download.mutate({ suffix: 'pdf', language })}>{t('planDocument.pdf')}</Menu.Item>
          <Menu.Item onClick={() => download.mutate({ suffix: 'md', language })}>{t('planDocument.markdown')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {chromiumMissing ? (
        <Alert color="orange" role="alert" maw={420} withCloseButton onClose={() => download.reset()}>
          {t('planDocument.pdfUnavailable')}
        </Alert>
      ) : (
        <ErrorAlert error={download.error} />
      )}
    </Stack>
  );
}
