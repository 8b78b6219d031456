import { startSmtpFake } from '../fakes/smtp/smtp.fake';
import { type TestApp, type TestClient, createTestApp, setupWorkspace } from './app';
import type { DialectName } from '../../server/db/dialect';

/** A workspace on an app that sends its mail to a local SMTP server. */
export interface MailingApp {
  smtp: Awaited<ReturnType<typeof startSmtpFake>>;
  t: TestApp;
  owner: TestClient;
  workspaceId: number;
  /** The workspace's API path, `/api/workspaces/<id>`. */
  ws: string;
}

export async function startMailingApp(dialect: DialectName, env: Record<string, string> = {}): Promise<MailingApp> {
  const smtp = await startSmtpFake();
  const t = await createTestApp(dialect, { SIAGA_SMTP_URL: `smtp://${smtp.host}:${smtp.port}`, ...env });
  const { owner, workspaceId } = await setupWorkspace(t);
  return { smtp, t, owner, workspaceId, ws: `/api/workspaces/${workspaceId}` };
}

export async function stopMailingApp(app: Pick<MailingApp, 't' | 'smtp'>): Promise<void> {
  await app.t.destroy();
  await app.smtp.close();
}

/** A mail's body with quoted-printable soft breaks and escapes undone (UTF-8), to read links and text. */
export function mailBody(raw: string): string {
  const body = raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n')
    .replace(/=\r?\n/g, '');
  const bytes = body.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
