import { Hono } from 'hono';
import type { ExpertRequest } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { LiveEvents } from '../../events/live-events';
import { type Mailer, createMailer } from '../../mail/mailer';
import { generateSecret, hashSecret } from '../../security/secrets';
import { recordAudit } from '../audit';
import type { WorkspaceCaller } from './inbox.service';

/** How long an expert's answer link works. */
export const EXPERT_LINK_TTL_MS = 7 * 86_400_000;

type Locale = 'id' | 'en';

const WORDS: Record<Locale, Record<string, string>> = {
  id: {
    subject: 'Pertanyaan untuk Anda tentang sebuah unggahan',
    intro: '{asker} meminta pendapat Anda untuk menjawab unggahan berikut.',
    mention: 'Unggahan',
    by: 'oleh',
    question: 'Pertanyaan',
    answerAt: 'Tulis jawaban Anda di tautan ini (sekali pakai, berlaku sampai {until}):',
    pageTitle: 'Jawaban untuk tim Siaga',
    submit: 'Kirim jawaban',
    thanks: 'Terima kasih. Jawaban Anda sudah diterima tim.',
    gone: 'Tautan ini sudah dipakai atau sudah kedaluwarsa.',
    empty: 'Jawaban tidak boleh kosong.',
  },
  en: {
    subject: 'A question for you about a post',
    intro: '{asker} asks for your view to answer the post below.',
    mention: 'Post',
    by: 'by',
    question: 'Question',
    answerAt: 'Write your answer at this link (usable once, until {until}):',
    pageTitle: 'Your answer for the Siaga team',
    submit: 'Send answer',
    thanks: 'Thank you. The team has received your answer.',
    gone: 'This link has been used or has expired.',
    empty: 'The answer must not be empty.',
  },
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function page(locale: Locale, body: string): string {
  const w = WORDS[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(w.pageTitle!)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}blockquote{border-left:4px solid #ccc;margin:0;padding:.5rem 1rem;background:#f6f6f6}textarea{width:100%;min-height:10rem}</style></head><body><h1>${escapeHtml(w.pageTitle!)}</h1>${body}</body></html>`;
}

/**
 * Route to an expert: a contact with an email gets the mention, its context and a question, and a
 * one-time link (hashed at rest, expiring) to a small page where they write the answer; the answer
 * lands in the item for the responder.
 */
export function createExpertService(deps: ServiceDeps, events: LiveEvents, mailer: Mailer = createMailer(deps.config.notifications)) {
  const { db, clock, config } = deps;

  async function findOpenRequest(token: string) {
    const row = await db
      .selectFrom('inbox_expert_requests as r')
      .innerJoin('inbox_items as i', 'i.id', 'r.item_id')
      .innerJoin('mentions as m', 'm.id', 'i.mention_id')
      .select([
        'r.id',
        'r.workspace_id',
        'r.item_id',
        'r.question',
        'r.locale',
        'r.expires_at',
        'r.answered_at',
        'm.text',
        'm.author_handle',
      ])
      .where('r.token_hash', '=', hashSecret(token))
      .executeTakeFirst();
    if (!row || row.answered_at !== null || row.expires_at <= clock.now()) return null;
    return row;
  }

  return {
    async ask(
      workspaceId: number,
      itemId: number,
      input: { contactId: number; question: string; locale: Locale },
      caller: WorkspaceCaller,
    ): Promise<ExpertRequest> {
      const now = clock.now();
      const item = await db
        .selectFrom('inbox_items as i')
        .innerJoin('mentions as m', 'm.id', 'i.mention_id')
        .leftJoin('brands as b', 'b.id', 'i.brand_id')
        .select(['i.id', 'm.text', 'm.author_handle', 'm.platform', 'm.url', 'm.created_at', 'b.name as brand_name'])
        .where('i.workspace_id', '=', workspaceId)
        .where('i.id', '=', itemId)
        .executeTakeFirst();
      if (!item) throw AppError.notFound('inbox item');
      const contact = await db
        .selectFrom('contacts')
        .select(['id', 'name', 'email'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', input.contactId)
        .executeTakeFirst();
      if (!contact) throw AppError.validation([{ path: 'contactId', message: `no contact ${input.contactId} in this workspace` }]);
      if (contact.email.trim() === '') throw AppError.validation([{ path: 'contactId', message: `contact ${contact.name} has no email` }]);
      if (!mailer.configured) throw new AppError('unavailable', 'No SMTP server is configured (SIAGA_SMTP_URL)');
      const asker =
        caller.actor.userId === null
          ? null
          : await db.selectFrom('users').select('name').where('id', '=', caller.actor.userId).executeTakeFirst();
      const token = generateSecret();
      const expiresAt = now + EXPERT_LINK_TTL_MS;
      const row = await db
        .insertInto('inbox_expert_requests')
        .values({
          workspace_id: workspaceId,
          item_id: itemId,
          contact_id: contact.id,
          contact_name: contact.name,
          contact_email: contact.email,
          question: input.question,
          locale: input.locale,
          token_hash: hashSecret(token),
          expires_at: expiresAt,
          answer: null,
          answered_at: null,
          created_by: caller.actor.userId,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      const w = WORDS[input.locale];
      const link = `${config.publicUrl}/expert/${token}`;
      const text = [
        w.intro!.replace('{asker}', asker?.name ?? 'Siaga'),
        '',
        `${w.mention} ${w.by} @${(item.author_handle ?? '').replace(/^@/, '')} (${item.platform}${item.brand_name ? `, ${item.brand_name}` : ''}):`,
        `"${item.text}"`,
        ...(item.url ? [item.url] : []),
        '',
        `${w.question}: ${input.question}`,
        '',
        w.answerAt!.replace('{until}', new Date(expiresAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'),
        link,
      ].join('\n');
      try {
        await mailer.send({ to: contact.email, subject: w.subject!, text, messageId: `<inbox-expert-${workspaceId}-${id}@siaga>` });
      } catch (error) {
        await db.deleteFrom('inbox_expert_requests').where('id', '=', id).execute();
        throw new AppError(
          'unavailable',
          `The email to the expert could not be sent: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await recordAudit(db, caller.actor, now, {
        workspaceId,
        action: 'inbox.expert_asked',
        targetType: 'inbox_item',
        targetId: itemId,
        details: { requestId: id, contactId: contact.id },
      });
      events.publish(workspaceId, { type: 'inbox.changed', itemIds: [itemId], at: now });
      return {
        id,
        contactId: contact.id,
        contactName: contact.name,
        question: input.question,
        answer: null,
        answeredAt: null,
        expiresAt,
        createdAt: now,
      };
    },

    /** The page the link opens: the mention, the question and a form; no login, the token is the key. */
    async renderPage(token: string): Promise<{ status: 200 | 410; html: string }> {
      const request = await findOpenRequest(token);
      if (!request)
        return { status: 410, html: page('id', `<p>${escapeHtml(WORDS.id.gone!)}</p><p lang="en">${escapeHtml(WORDS.en.gone!)}</p>`) };
      const locale = request.locale as Locale;
      const w = WORDS[locale];
      return {
        status: 200,
        html: page(
          locale,
          `<h2>${escapeHtml(w.mention!)}</h2><blockquote>${escapeHtml(request.text)}<br><small>@${escapeHtml((request.author_handle ?? '').replace(/^@/, ''))}</small></blockquote>` +
            `<h2>${escapeHtml(w.question!)}</h2><p>${escapeHtml(request.question)}</p>` +
            `<form method="post"><textarea name="answer" required maxlength="5000"></textarea><p><button type="submit">${escapeHtml(w.submit!)}</button></p></form>`,
        ),
      };
    },

    /** Stores the answer once (a conditional update: a second submit finds the link used). */
    async answer(token: string, answer: string): Promise<{ status: 200 | 400 | 410; html: string }> {
      const request = await findOpenRequest(token);
      if (!request)
        return { status: 410, html: page('id', `<p>${escapeHtml(WORDS.id.gone!)}</p><p lang="en">${escapeHtml(WORDS.en.gone!)}</p>`) };
      const locale = request.locale as Locale;
      const text = answer.trim().slice(0, 5000);
      if (text === '') return { status: 400, html: page(locale, `<p>${escapeHtml(WORDS[locale].empty!)}</p>`) };
      const now = clock.now();
      const moved = await db
        .updateTable('inbox_expert_requests')
        .set({ answer: text, answered_at: now })
        .where('id', '=', request.id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return { status: 410, html: page(locale, `<p>${escapeHtml(WORDS[locale].gone!)}</p>`) };
      await recordAudit(db, { userId: null, tokenId: null, ip: null }, now, {
        workspaceId: request.workspace_id,
        action: 'inbox.expert_answered',
        targetType: 'inbox_item',
        targetId: request.item_id,
        details: { requestId: request.id },
      });
      events.publish(request.workspace_id, { type: 'inbox.expert_answered', itemId: request.item_id, requestId: request.id, at: now });
      return { status: 200, html: page(locale, `<p>${escapeHtml(WORDS[locale].thanks!)}</p>`) };
    },
  };
}

export type ExpertService = ReturnType<typeof createExpertService>;

/** The expert's answer page, outside the API: no session, the one-time token in the path is the only key. */
export function expertPageRoutes(experts: ExpertService) {
  return new Hono()
    .get('/expert/:token', async (c) => {
      const { status, html } = await experts.renderPage(c.req.param('token'));
      c.header('Cache-Control', 'no-store');
      c.header('Referrer-Policy', 'no-referrer');
      return c.html(html, status);
    })
    .post('/expert/:token', async (c) => {
      const form = await c.req.parseBody();
      const answer = typeof form.answer === 'string' ? form.answer : '';
      const { status, html } = await experts.answer(c.req.param('token'), answer);
      c.header('Cache-Control', 'no-store');
      return c.html(html, status);
    });
}
