import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../../../core/api';

export function BrandKindBadge({ kind }: { kind: Brand['kind'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={kind === 'own' ? 'teal' : 'orange'}>
      {kind === 'own' ? t('brands.own') : t('brands.competitor')}
    </Badge>
  );
}
