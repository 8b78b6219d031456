import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type Contact, type ContactKind, EXPERT_TOPICS, type ExpertTopic } from '../../../core/api';
import { useSaveContact } from '../../api/contacts';
import { fieldIssues } from '../../api/errors';
import { ErrorAlert } from '../../ui/error-alert';
import { useWorkspace } from '../workspaces/workspace-context';

interface ContactFormModalProps {
  opened: boolean;
  contact: Contact | null;
  onClose: () => void;
}

const FIELDS = ['kind', 'name', 'organisation', 'title', 'topic', 'beat', 'region', 'email', 'phone', 'whatsapp', 'notes', 'restricted'];

export function ContactFormModal({ opened, contact, onClose }: ContactFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={contact ? t('contacts.editTitle') : t('contacts.createTitle')} size="lg" centered>
      <ContactForm key={contact?.id ?? 'new'} contact={contact} onClose={onClose} />
    </Modal>
  );
}

function ContactForm({ contact, onClose }: Omit<ContactFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const save = useSaveContact(workspace.id);
  const [kind, setKind] = useState<ContactKind>(contact?.kind ?? 'internal_emergency');
  const [topic, setTopic] = useState<ExpertTopic | null>(contact?.topic ?? null);
  const [restricted, setRestricted] = useState(contact?.restricted ?? false);
  const [text, setText] = useState({
    name: contact?.name ?? '',
    organisation: contact?.organisation ?? '',
    title: contact?.title ?? '',
    beat: contact?.beat ?? '',
    region: contact?.region ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    whatsapp: contact?.whatsapp ?? '',
    notes: contact?.notes ?? '',
  });
  const issues = fieldIssues(save.error);
  const field = (name: keyof typeof text) => ({
    value: text[name],
    onChange: (e: { currentTarget: { value: string } }) => setText({ ...text, [name]: e.currentTarget.value }),
    error: issues[name],
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: contact?.id ?? null, body: { ...text, kind, topic, restricted } }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('contacts.kind')}
            data={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contacts.kinds.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as ContactKind)}
            allowDeselect={false}
            error={issues.kind}
          />
          <Select
            label={t('contacts.topic')}
            placeholder={t('contacts.noTopic')}
            data={EXPERT_TOPICS.map((k) => ({ value: k, label: t(`contacts.topics.${k}`) }))}
            value={topic}
            onChange={(value) => setTopic(value as ExpertTopic | null)}
            clearable
            required={kind === 'internal_expert'}
            error={issues.topic}
          />
        </SimpleGrid>
        <TextInput label={t('contacts.name')} required {...field('name')} data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={kind === 'media' ? t('contacts.outlet') : t('contacts.organisation')} {...field('organisation')} />
          <TextInput label={t('contacts.jobTitle')} {...field('title')} />
        </SimpleGrid>
        {kind === 'media' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('contacts.beat')} {...field('beat')} />
            <TextInput label={t('contacts.region')} {...field('region')} />
          </SimpleGrid>
        )}
        <TextInput type="email" label={t('contacts.email')} description={t('contacts.emailHelp')} {...field('email')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="tel" label={t('contacts.phone')} description={t('contacts.privateHelp')} {...field('phone')} />
          <TextInput type="tel" label={t('contacts.whatsapp')} description={t('contacts.privateHelp')} {...field('whatsapp')} />
        </SimpleGrid>
        <Textarea label={t('contacts.notes')} description={t('contacts.privateHelp')} autosize minRows={2} {...field('notes')} />
        <Checkbox
          label={t('contacts.restricted')}
          description={t('contacts.restrictedHelp')}
          checked={restricted}
          onChange={(e) => setRestricted(e.currentTarget.checked)}
        />
        <ErrorAlert error={save.error} fields={FIELDS} />
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
