import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import classes from './skip-link.module.css';

export interface NavItem {
  to: string;
  label: string;
}

interface AppLayoutProps {
  nav: readonly NavItem[];
  headerCenter?: ReactNode;
  headerRight?: ReactNode;
  children: ReactNode;
}

/** Header, side navigation (a burger drawer on small screens) and the main area. */
export function AppLayout({ nav, headerCenter, headerRight, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <a href="#main" className={classes.skipLink}>
          {t('app.skipToContent')}
        </a>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
            />
            <Text fw={800} size="xl" c="red.7" component={Link} to="/" aria-label={t('app.name')}>
              {t('app.name')}
            </Text>
            {headerCenter}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {headerRight}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {/* The list outgrows a laptop screen: it scrolls on its own, the page beside it stays put. */}
        <AppShell.Section grow component={ScrollArea}>
          {nav.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
              aria-current={pathname === item.to ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
