import { Button, Group, Modal, NumberInput, PasswordInput, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, type ChannelKind, type NotificationChannel } from '../../../core/api';
import { fieldIssues } from '../../api/errors';
import { useSaveNotificationChannel } from '../../api/notifications';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';
import {
  CHANNEL_FIELDS,
  type FieldDef,
  type FormValues,
  buildChannelBody,
  generateSigningSecret,
  hasHelp,
  initialValues,
} from './channel-fields';

interface ChannelFormModalProps {
  opened: boolean;
  /** The channel to edit, or null to add one. */
  channel: NotificationChannel | null;
  onClose: () => void;
}

export function ChannelFormModal({ opened, channel, onClose }: ChannelFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={channel ? t('notifications.editTitle') : t('notifications.createTitle')}
      centered
      size="lg"
    >
      <ChannelForm key={channel?.id ?? 'new'} channel={channel} onClose={onClose} />
    </Modal>
  );
}

function ChannelForm({ channel, onClose }: Omit<ChannelFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const save = useSaveNotificationChannel(workspace.id);
  const [kind, setKind] = useState<ChannelKind>(channel?.kind ?? 'telegram');
  const [name, setName] = useState(channel?.name ?? '');
  const [enabled, setEnabled] = useState(channel?.enabled ?? true);
  const [values, setValues] = useState<FormValues>(() => initialValues(channel?.kind ?? 'telegram', channel));
  const issues = fieldIssues(save.error);
  const setValue = (key: string, value: string | boolean) => setValues((current) => ({ ...current, [key]: value }));

  const changeKind = (next: ChannelKind) => {
    setKind(next);
    setValues(initialValues(next, null));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: channel?.id ?? null, body: buildChannelBody(kind, name, enabled, values) }, { onSuccess: onClose });
  };

  const fieldProps = (field: FieldDef) => {
    const hint = channel?.secrets[field.key];
    const description =
      field.area === 'secrets' && hint?.set
        ? t('notifications.secretKept', { hint: hint.hint ?? '••••' })
        : hasHelp(field.key)
          ? t(`notifications.help.${field.key}`)
          : undefined;
    return {
      label: t(`notifications.fields.${field.key}`),
      description,
      required: field.required && !(field.area === 'secrets' && hint?.set),
      error: issues[`${field.area}.${field.key}`],
    };
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('notifications.kind')}
          data={CHANNEL_KINDS.map((k) => ({ value: k, label: t(`notifications.kinds.${k}`) }))}
          value={kind}
          onChange={(value) => value && changeKind(value as ChannelKind)}
          disabled={channel !== null}
          allowDeselect={false}
        />
        <TextInput
          label={t('notifications.name')}
          placeholder={t('notifications.namePlaceholder')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={issues.name}
          data-autofocus
        />
        {CHANNEL_FIELDS[kind].map((field) => {
          const value = values[field.key];
          const props = fieldProps(field);
          if (field.type === 'switch') {
            return (
              <Switch key={field.key} {...props} checked={value === true} onChange={(e) => setValue(field.key, e.currentTarget.checked)} />
            );
          }
          if (field.type === 'number') {
            return (
              <NumberInput
                key={field.key}
                {...props}
                value={typeof value === 'string' ? value : ''}
                onChange={(v) => setValue(field.key, String(v))}
                allowDecimal={false}
                min={1}
                max={65535}
              />
            );
          }
          if (field.type === 'list') {
            return (
              <Textarea
                key={field.key}
                {...props}
                autosize
                minRows={2}
                value={String(value ?? '')}
                onChange={(e) => setValue(field.key, e.currentTarget.value)}
              />
            );
          }
          if (field.type === 'secret') {
            return (
              <Group key={field.key} align="flex-end" gap="xs" wrap="nowrap">
                <PasswordInput
                  {...props}
                  style={{ flex: 1 }}
                  autoComplete="new-password"
                  value={String(value ?? '')}
                  onChange={(e) => setValue(field.key, e.currentTarget.value)}
                />
                {field.key === 'signingSecret' && (
                  <Button variant="default" onClick={() => setValue(field.key, generateSigningSecret())}>
                    {t('notifications.generateSecret')}
                  </Button>
                )}
              </Group>
            );
          }
          return (
            <TextInput
              key={field.key}
              {...props}
              value={String(value ?? '')}
              onChange={(e) => setValue(field.key, e.currentTarget.value)}
            />
          );
        })}
        <Switch label={t('notifications.enabled')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
        <ErrorAlert error={save.error} fields={['name', ...CHANNEL_FIELDS[kind].map((field) => `${field.area}.${field.key}`)]} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
