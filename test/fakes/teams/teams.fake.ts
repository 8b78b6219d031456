import { HttpFake } from '../http-fake';

export const FAKE_TEAMS_PATH = '/powerautomate/automations/direct/workflows/0a1b2c3d/triggers/manual/paths/invoke';

/** A Teams Workflows webhook: takes a message with an Adaptive Card attachment and answers 202 Accepted. */
export async function startTeamsFake() {
  const fake = await HttpFake.start((req) => {
    if (!req.path.startsWith(FAKE_TEAMS_PATH)) return { status: 404, body: { error: { code: 'TriggerNotFound', message: 'Not found' } } };
    const body = req.json as {
      type?: string;
      attachments?: { contentType?: string; content?: { type?: string; body?: unknown[] } }[];
    } | null;
    const card = body?.attachments?.[0];
    if (
      body?.type !== 'message' ||
      card?.contentType !== 'application/vnd.microsoft.card.adaptive' ||
      card.content?.type !== 'AdaptiveCard' ||
      !Array.isArray(card.content.body)
    ) {
      return {
        status: 400,
        body: {
          error: { code: 'InvalidRequestContent', message: 'The request content is not a message with an Adaptive Card attachment.' },
        },
      };
    }
    return { status: 202 };
  });
  return Object.assign(fake, {
    webhookUrl: `${fake.url}${FAKE_TEAMS_PATH}?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=fakeSig123`,
  });
}
