import { Anchor, Card, Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Locale } from '../../../core/api';
import { CRISIS_TYPES, type CrisisType } from '../../../core/plan';
import { localiseStarterPlaybook, STARTER_PLAYBOOKS } from '../../../core/plan/starter';
import { useCreatePlaybook, usePlaybooks } from '../../api/plan';
import { toLocale } from '../../i18n';
import { PageHeader } from '../../ui/page-header';
import { useWorkspace } from '../workspaces/workspace-context';
import { PlaybookEditor } from './playbook-editor';

/** A new playbook for a crisis type, blank or from the starter library; it replaces the type's active playbook. */
export function NewPlaybookPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { workspace } = useWorkspace();
  const playbooks = usePlaybooks(workspace.id);
  const create = useCreatePlaybook(workspace.id);
  const [crisisType, setCrisisType] = useState<CrisisType>('negative_wave');
  const [language, setLanguage] = useState<Locale>(toLocale(i18n.language));
  const [source, setSource] = useState<'starter' | 'blank'>('starter');
  const base = `/w/${workspace.id}/plan/playbooks`;
  const starter = STARTER_PLAYBOOKS.find((s) => s.crisisType === crisisType);
  const initial =
    source === 'starter' && starter ? localiseStarterPlaybook(starter, language) : { title: t(`crisis.types.${crisisType}`), steps: [] };
  const replaced = playbooks.data?.find((p) => p.crisisType === crisisType);

  return (
    <>
      <PageHeader
        above={
          <Anchor component={Link} to={base} size="sm">
            ← {t('plan.playbook.back')}
          </Anchor>
        }
        title={t('plan.editor.createTitle')}
      />
      <Card withBorder>
        <PlaybookEditor
          key={`${crisisType}-${language}-${source}`}
          initial={initial}
          header={
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('plan.editor.crisisType')}
                data={CRISIS_TYPES.map((type) => ({ value: type, label: t(`crisis.types.${type}`) }))}
                value={crisisType}
                onChange={(value) => value && setCrisisType(value as CrisisType)}
                allowDeselect={false}
              />
              <Select
                label={t('plan.editor.language')}
                data={[
                  { value: 'id', label: t('language.idLong') },
                  { value: 'en', label: t('language.enLong') },
                ]}
                value={language}
                onChange={(value) => value && setLanguage(value as Locale)}
                allowDeselect={false}
              />
              <Select
                label={t('plan.editor.startFrom')}
                data={[
                  ...(starter ? [{ value: 'starter', label: `${t('plan.playbooks.starter')}: ${starter.title[language]}` }] : []),
                  { value: 'blank', label: t('plan.editor.blank') },
                ]}
                value={starter ? source : 'blank'}
                onChange={(value) => value && setSource(value as 'starter' | 'blank')}
                allowDeselect={false}
              />
            </SimpleGrid>
          }
          notice={replaced ? t('plan.editor.replaces', { title: replaced.title }) : undefined}
          submitLabel={t('plan.editor.create')}
          saving={create.isPending}
          error={create.error}
          onCancel={() => void navigate(base)}
          onSubmit={(value) =>
            create.mutate({ ...value, crisisType, language }, { onSuccess: (created) => void navigate(`${base}/${created.id}`) })
          }
        />
      </Card>
    </>
  );
}
