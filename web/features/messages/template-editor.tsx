import { Alert, Badge, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_VARIABLES, type TemplateTarget } from '../../../core/messaging';
import { toLocale } from '../../i18n';
import { useMessagingText } from './messaging-text';
import { reviewDraft, splitHighlights } from './template-draft';

interface TemplateEditorProps {
  body: string;
  onChange: (body: string) => void;
  target: TemplateTarget;
  error?: string | undefined;
  readOnly?: boolean;
}

const MARK_COLORS = {
  block: 'var(--mantine-color-red-2)',
  warn: 'var(--mantine-color-yellow-2)',
  info: 'var(--mantine-color-blue-1)',
} as const;

/** The body with the tone check running as one types: findings, marked passages, length and preview. */
export function TemplateEditor({ body, onChange, target, error, readOnly = false }: TemplateEditorProps) {
  const { t, i18n } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const review = useMemo(() => reviewDraft(body, target), [body, target]);
  const segments = useMemo(() => splitHighlights(body, review.findings), [body, review.findings]);
  const locale = toLocale(i18n.language);
  const text = useMessagingText();

  // A chip inserts its variable where the cursor is, and puts the cursor after it.
  const insert = (name: string) => {
    const el = area.current;
    const at = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? at;
    const text = `{${name}}`;
    onChange(body.slice(0, at) + text + body.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + text.length, at + text.length);
    });
  };

  return (
    <Stack gap="sm">
      <Textarea
        ref={area}
        label={t('messages.body')}
        value={body}
        onChange={(event) => onChange(event.currentTarget.value)}
        autosize
        minRows={6}
        error={error}
        readOnly={readOnly}
        data-testid="template-body"
      />
      {!readOnly && (
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('messages.editor.variables')}
          </Text>
          <Group gap={6}>
            {TEMPLATE_VARIABLES.map((name) => (
              <Badge
                key={name}
                component="button"
                type="button"
                variant="outline"
                style={{ cursor: 'pointer' }}
                onClick={() => insert(name)}
              >
                {`{${name}}`}
              </Badge>
            ))}
          </Group>
        </div>
      )}
      <Text size="sm" c={review.fit.fits ? 'dimmed' : 'red'} aria-live="polite">
        {t('messages.editor.length', { length: review.fit.length, limit: review.fit.limit })}
        {!review.fit.fits && ` — ${t('messages.editor.tooLong', { over: review.fit.over })}`}
      </Text>
      {review.errors.length > 0 && (
        <Alert color="red" variant="light" role="alert">
          <List size="sm">
            {review.errors.map((e) => (
              <List.Item key={`${e.code}-${e.position}`}>
                {t('messages.editor.parseError', { position: e.position, message: text(e.message) })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Card withBorder padding="sm" aria-live="polite" data-testid="tone-findings">
        <Title order={3} size="h5" mb="xs">
          {t('messages.editor.toneTitle')}
        </Title>
        {review.findings.length === 0 ? (
          <Text size="sm" c="green">
            {t('messages.editor.toneClean')}
          </Text>
        ) : (
          <Stack gap="xs">
            {review.findings.map((finding, i) => (
              <div key={`${finding.rule}-${i}`} data-severity={finding.severity}>
                <Group gap="xs">
                  <Badge color={finding.severity === 'block' ? 'red' : finding.severity === 'warn' ? 'yellow' : 'blue'} size="sm">
                    {t(`messages.editor.severity.${finding.severity}`)}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {t(`messaging.tone.${finding.rule}.title`)}
                  </Text>
                </Group>
                <Text size="sm">{text(finding.explanation)}</Text>
                <Text size="sm" c="dimmed">
                  {text(finding.fix)}
                </Text>
              </div>
            ))}
            {segments.some((s) => s.severity) && (
              <div>
                <Text size="xs" c="dimmed">
                  {t('messages.editor.highlighted')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang={target.language}>
                  {segments.map((s, i) =>
                    s.severity ? (
                      <mark key={i} style={{ background: MARK_COLORS[s.severity] }}>
                        {s.text}
                      </mark>
                    ) : (
                      <span key={i}>{s.text}</span>
                    ),
                  )}
                </Text>
              </div>
            )}
          </Stack>
        )}
      </Card>
      <Card withBorder padding="sm">
        <Text size="xs" c="dimmed" mb={4}>
          {t('messages.editor.preview')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang={target.language} data-locale={locale} data-testid="template-preview">
          {review.preview}
        </Text>
      </Card>
    </Stack>
  );
}
