import { Button, Code, Grid, Group, Modal, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchQuery } from '../../../core/api';
import { useSaveWatchQuery } from '../../api/brands';
import { ApiError } from '../../api/client';
import { fieldIssues } from '../../api/errors';
import { toLocale } from '../../i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import { QueryPreview } from './query-preview';
import { findSyntaxProblem, pointAt, type SyntaxProblem } from './query-syntax';
import { QuerySyntaxHelp } from './query-syntax-help';

interface QueryEditorModalProps {
  opened: boolean;
  brandId: number;
  /** The query to edit, or null for a new one. */
  query: WatchQuery | null;
  onClose: () => void;
}

export function QueryEditorModal({ opened, brandId, query, onClose }: QueryEditorModalProps) {
  const { t } = useTranslation();
  const small = useMediaQuery('(max-width: 48em)');
  return (
    <Modal opened={opened} onClose={onClose} size="xl" fullScreen={small} title={query ? t('queries.editTitle') : t('queries.createTitle')}>
      <QueryEditor key={query?.id ?? 'new'} brandId={brandId} query={query} onClose={onClose} />
    </Modal>
  );
}

/** The server's position for a syntax error it found, when the browser missed it. */
function serverProblem(error: unknown): SyntaxProblem | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const details = error.details as { position?: unknown } | undefined;
  const message = fieldIssues(error).query;
  if (!message || typeof details?.position !== 'number') return null;
  return { message, position: details.position, code: 'server' };
}

function QueryEditor({ brandId, query, onClose }: Omit<QueryEditorModalProps, 'opened'>) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { workspace } = useWorkspace();
  const save = useSaveWatchQuery(workspace.id, brandId);
  const [name, setName] = useState(query?.name ?? '');
  const [source, setSource] = useState(query?.query ?? '');
  const [enabled, setEnabled] = useState(query?.enabled ?? true);
  const [debounced] = useDebouncedValue(source, 300);
  const problem = useMemo(() => findSyntaxProblem(source, locale), [source, locale]);
  const issues = fieldIssues(save.error);
  const shownProblem = problem ?? (save.error ? serverProblem(save.error) : null);
  const helpId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    save.mutate({ id: query?.id ?? null, input: { name, query: source, enabled } }, { onSuccess: onClose });
  };

  const pointer = shownProblem ? pointAt(source, shownProblem.position) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <TextInput
              label={t('queries.name')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={issues.name}
              data-autofocus
            />
            <Textarea
              label={t('queries.query')}
              placeholder={t('queries.queryPlaceholder')}
              required
              autosize
              minRows={3}
              maxRows={10}
              spellCheck={false}
              value={source}
              onChange={(event) => setSource(event.currentTarget.value)}
              aria-describedby={`${helpId} ${errorId}`}
              error={Boolean(shownProblem)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <div id={errorId} aria-live="polite">
              {shownProblem && pointer ? (
                <Stack gap={4}>
                  <Text size="sm" c="red.7" role="alert">
                    {t('queries.syntaxError', { message: shownProblem.message })}
                  </Text>
                  <Code block c="red.7">{`${pointer.line}\n${pointer.caret}`}</Code>
                </Stack>
              ) : (
                source.trim() && (
                  <Text size="sm" c="teal.8">
                    {t('queries.syntaxOk')}
                  </Text>
                )
              )}
            </div>
            <QuerySyntaxHelp id={helpId} />
            <Switch label={t('queries.enabled')} checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} />
            <ErrorAlert error={save.error} fields={['name', 'query', 'enabled']} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <QueryPreview query={debounced} enabled={!findSyntaxProblem(debounced, locale)} />
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending} disabled={problem !== null}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
