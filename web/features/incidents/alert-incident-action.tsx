import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Alert } from '../../../core/api';
import { useWorkspace } from '../workspaces/workspace-context';
import { DeclareIncidentModal } from './declare-incident-modal';

/** In the alert drawer: declare an incident from the alert (pre-filled), or open the one already declared. */
export function AlertIncidentAction({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { workspace, can } = useWorkspace();
  const [declaring, setDeclaring] = useState(false);
  const base = `/w/${workspace.id}/incidents`;
  // The modal stays mounted when the alert gets its incident (the live update can arrive before the answer).
  const modal = (
    <DeclareIncidentModal
      opened={declaring}
      alert={alert}
      onClose={() => setDeclaring(false)}
      onDeclared={(id) => void navigate(`${base}/${id}`)}
    />
  );
  if (alert.incidentId !== null)
    return (
      <>
        <Button component={Link} to={`${base}/${alert.incidentId}`} variant="light" color="red" w="fit-content">
          {t('incidents.linkedIncident', { id: alert.incidentId })}
        </Button>
        {modal}
      </>
    );
  if (!can('incidents.declare')) return null;
  return (
    <>
      <Button color="red" variant="outline" w="fit-content" onClick={() => setDeclaring(true)}>
        {t('incidents.declareFromAlert')}
      </Button>
      {modal}
    </>
  );
}
