import { z } from 'zod';
import type { UpdatePage, UpdatePageInput, UpdateSubscriber } from '../../../core/api';
import { UpdatePageInputSchema } from '../../../core/api';
import type { StatementLanguage } from '../../../core/statements';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../../security/actor';
import { generateSecret, hashSecret } from '../../security/secrets';
import { recordAudit } from '../audit';
import { type PageView, renderAtomFeed, renderMessagePage, renderUpdatePage } from './page-render';
import type { PageTokens } from './page-tokens';
import { PAGE_WORDS } from './page-words';
import {
  type PageRow,
  countConfirmedSubscribers,
  findPageBySlug,
  listPageRows,
  loadPageStatements,
  pageUrlOf,
} from './update-pages.repository';

/** A confirmation link holds this long. */
export const CONFIRM_TTL_MS = 48 * 3_600_000;
/** Subscription attempts per client and page in an hour. */
export const SUBSCRIBE_ATTEMPTS_PER_HOUR = 5;
const HOUR = 3_600_000;

export interface HtmlAnswer {
  status: 200 | 400 | 404 | 429 | 503;
  html: string;
}

const EmailSchema = z.string().trim().toLowerCase().max(254).email();
const languageOf = (value: unknown, fallback: StatementLanguage): StatementLanguage =>
  value === 'id' || value === 'en' ? value : fallback;

/** The brand's public crisis-update page: its settings, the page and feed, and e-mail subscriptions. */
export function createUpdatePageService(deps: ServiceDeps, mailer: Mailer, tokens: PageTokens) {
  const { db, clock, config } = deps;
  const urls = (slug: string) => ({ url: pageUrlOf(config.publicUrl, slug), feedUrl: `${pageUrlOf(config.publicUrl, slug)}/feed.atom` });

  function toPage(row: PageRow, counts: Map<number, number>): UpdatePage {
    return {
      id: row.id,
      brandId: row.brand_id,
      brandName: row.brand_name,
      slug: row.slug,
      title: row.title,
      language: row.language as StatementLanguage,
      enabled: row.enabled === 1,
      ...urls(row.slug),
      subscriberCount: counts.get(row.id) ?? 0,
    };
  }

  async function enabledPage(slug: string): Promise<PageRow | null> {
    const page = await findPageBySlug(db, slug);
    return page && page.enabled === 1 ? page : null;
  }

  async function view(page: PageRow, notice?: PageView['notice']): Promise<PageView> {
    const now = clock.now();
    const { statements, nextUpdateAt } = await loadPageStatements(db, page);
    return {
      slug: page.slug,
      title: page.title,
      brandName: page.brand_name,
      language: page.language as StatementLanguage,
      ...urls(page.slug),
      formToken: tokens.formToken(page.slug, now),
      nextUpdateAt,
      statements,
      notice,
    };
  }

  const notFound = (): HtmlAnswer => ({ status: 404, html: renderMessagePage('id', 'Tidak ditemukan / Not found', '404', '/') });

  async function list(workspaceId: number): Promise<UpdatePage[]> {
    const rows = await listPageRows(db, workspaceId);
    const counts = await countConfirmedSubscribers(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toPage(r, counts));
  }

  return {
    list,

    /** Creates or changes the brand's page; the slug is the public address, unique across the installation. */
    async configure(workspaceId: number, brandId: number, input: UpdatePageInput, actor: Actor): Promise<UpdatePage> {
      const value = UpdatePageInputSchema.parse(input);
      const now = clock.now();
      const brand = await db
        .selectFrom('brands')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', brandId)
        .executeTakeFirst();
      if (!brand) throw AppError.notFound('brand');
      const taken = await db.selectFrom('update_pages').select('brand_id').where('slug', '=', value.slug).executeTakeFirst();
      if (taken && taken.brand_id !== brandId)
        throw AppError.validation([{ path: 'slug', message: `"${value.slug}" is taken; choose another` }]);
      await db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('update_pages').select('id').where('brand_id', '=', brandId).executeTakeFirst();
        const fields = { slug: value.slug, title: value.title, language: value.language, enabled: value.enabled ? 1 : 0, updated_at: now };
        let pageId: number;
        if (existing) {
          await trx.updateTable('update_pages').set(fields).where('id', '=', existing.id).execute();
          pageId = existing.id;
        } else {
          const row = await trx
            .insertInto('update_pages')
            .values({ workspace_id: workspaceId, brand_id: brandId, created_at: now, ...fields })
            .returning('id')
            .executeTakeFirstOrThrow();
          pageId = row.id;
        }
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'update_page.configured',
          targetType: 'update_page',
          targetId: pageId,
          details: { brandId, ...value },
        });
      });
      return (await list(workspaceId)).find((p) => p.brandId === brandId)!;
    },

    /** Addresses are personal data: only for `subscribers.read`, and never the confirmation token. */
    async subscribers(workspaceId: number, pageId: number): Promise<UpdateSubscriber[]> {
      const page = await db
        .selectFrom('update_pages')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', pageId)
        .executeTakeFirst();
      if (!page) throw AppError.notFound('update page');
      const rows = await db
        .selectFrom('update_subscribers')
        .selectAll()
        .where('page_id', '=', pageId)
        .orderBy('id')
        .limit(10_000)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        language: r.language as StatementLanguage,
        confirmedAt: r.confirmed_at,
        unsubscribedAt: r.unsubscribed_at,
        createdAt: r.created_at,
      }));
    },

    async page(slug: string): Promise<HtmlAnswer> {
      const page = await enabledPage(slug);
      if (!page) return notFound();
      return { status: 200, html: renderUpdatePage(await view(page)) };
    },

    async feed(slug: string): Promise<{ status: 200 | 404; xml: string }> {
      const page = await enabledPage(slug);
      if (!page) return { status: 404, xml: '' };
      return { status: 200, xml: renderAtomFeed(await view(page)) };
    },

    /**
     * The form's POST: a valid form token (no session, no JavaScript), a rate limit per client, then a
     * confirmation e-mail. The answer never tells whether the address was subscribed already.
     */
    async subscribe(slug: string, form: Record<string, unknown>, ip: string | null): Promise<HtmlAnswer> {
      const page = await enabledPage(slug);
      if (!page) return notFound();
      const now = clock.now();
      const language = languageOf(form.language, page.language as StatementLanguage);
      const w = PAGE_WORDS[language];
      const answer = async (status: HtmlAnswer['status'], ok: boolean, text: string): Promise<HtmlAnswer> => ({
        status,
        html: renderUpdatePage(await view(page, { ok, text })),
      });
      if (typeof form.token !== 'string' || !tokens.checkFormToken(slug, form.token, now)) return answer(400, false, w.badForm);
      const clientKey = tokens.clientKey(ip);
      const recent = await db
        .selectFrom('update_subscription_attempts')
        .select(db.fn.countAll<number | string>().as('n'))
        .where('page_id', '=', page.id)
        .where('client_key', '=', clientKey)
        .where('at', '>', now - HOUR)
        .executeTakeFirstOrThrow();
      if (Number(recent.n) >= SUBSCRIBE_ATTEMPTS_PER_HOUR) return answer(429, false, w.tooMany);
      await db.insertInto('update_subscription_attempts').values({ page_id: page.id, client_key: clientKey, at: now }).execute();
      await db
        .deleteFrom('update_subscription_attempts')
        .where('at', '<', now - 24 * HOUR)
        .execute();
      const email = EmailSchema.safeParse(form.email);
      if (!email.success) return answer(400, false, w.badEmail);

      const existing = await db
        .selectFrom('update_subscribers')
        .selectAll()
        .where('page_id', '=', page.id)
        .where('email', '=', email.data)
        .executeTakeFirst();
      if (existing && existing.confirmed_at !== null && existing.unsubscribed_at === null) return answer(200, true, w.checkInbox);
      const token = generateSecret();
      const fields = {
        language,
        confirm_token_hash: hashSecret(token),
        confirm_expires_at: now + CONFIRM_TTL_MS,
        confirmed_at: null,
        unsubscribed_at: null,
        updated_at: now,
      };
      let subscriberId: number;
      if (existing) {
        await db.updateTable('update_subscribers').set(fields).where('id', '=', existing.id).execute();
        subscriberId = existing.id;
      } else {
        const row = await db
          .insertInto('update_subscribers')
          .values({ page_id: page.id, email: email.data, created_at: now, ...fields })
          .onConflict((oc) => oc.columns(['page_id', 'email']).doUpdateSet(fields))
          .returning('id')
          .executeTakeFirstOrThrow();
        subscriberId = row.id;
      }
      const link = `${pageUrlOf(config.publicUrl, slug)}/confirm?token=${encodeURIComponent(token)}`;
      try {
        await mailer.send({
          to: email.data,
          subject: `${w.confirmSubject}: ${page.title}`,
          text: `${page.brand_name} · ${page.title}\n\n${w.confirmMail}\n\n${link}\n`,
          messageId: `<update-confirm-${subscriberId}-${hashSecret(token).slice(0, 16)}@siaga>`,
        });
      } catch (error) {
        deps.logger.warn({ err: error, pageId: page.id }, 'subscription confirmation mail failed');
        return answer(503, false, w.mailFailed);
      }
      return answer(200, true, w.checkInbox);
    },

    /** GET of the confirmation link: a button, so a mail scanner that follows links confirms nothing. */
    async confirmForm(slug: string, token: string): Promise<HtmlAnswer> {
      const page = await enabledPage(slug);
      if (!page) return notFound();
      const language = page.language as StatementLanguage;
      const w = PAGE_WORDS[language];
      const url = pageUrlOf(config.publicUrl, slug);
      return {
        status: 200,
        html: renderMessagePage(language, w.confirmTitle, page.title, url, {
          url: `/updates/${slug}/confirm`,
          label: w.confirmButton,
          fields: { token },
        }),
      };
    },

    /** Confirms once: the token is cleared as it is used, and an expired one is refused. */
    async confirm(slug: string, token: string): Promise<HtmlAnswer> {
      const page = await enabledPage(slug);
      if (!page) return notFound();
      const now = clock.now();
      const url = pageUrlOf(config.publicUrl, slug);
      const hash = hashSecret(token);
      const row = await db
        .selectFrom('update_subscribers')
        .select(['id', 'language'])
        .where('page_id', '=', page.id)
        .where('confirm_token_hash', '=', hash)
        .executeTakeFirst();
      const language = languageOf(row?.language, page.language as StatementLanguage);
      const w = PAGE_WORDS[language];
      const bad: HtmlAnswer = { status: 400, html: renderMessagePage(language, w.confirmTitle, w.badLink, url) };
      if (!row) return bad;
      const done = await db
        .updateTable('update_subscribers')
        .set({ confirmed_at: now, confirm_token_hash: null, confirm_expires_at: null, updated_at: now })
        .where('id', '=', row.id)
        .where('confirm_token_hash', '=', hash)
        .where('confirm_expires_at', '>', now)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) === 0) return bad;
      return { status: 200, html: renderMessagePage(language, w.confirmTitle, w.confirmed, url) };
    },

    /** GET of the unsubscribe link: a confirm button. */
    async unsubscribeForm(slug: string, subscriberId: number, token: string): Promise<HtmlAnswer> {
      const page = await findPageBySlug(db, slug);
      if (!page || !tokens.checkUnsubscribeToken(subscriberId, token)) return notFound();
      const language = page.language as StatementLanguage;
      const w = PAGE_WORDS[language];
      return {
        status: 200,
        html: renderMessagePage(language, w.unsubscribeTitle, page.title, pageUrlOf(config.publicUrl, slug), {
          url: `/updates/${slug}/unsubscribe?s=${subscriberId}&t=${encodeURIComponent(token)}`,
          label: w.unsubscribeButton,
          fields: {},
        }),
      };
    },

    /** The POST (the button, or a mail client's RFC 8058 one-click): no session needed, the link's token is the proof. */
    async unsubscribe(slug: string, subscriberId: number, token: string): Promise<HtmlAnswer> {
      const page = await findPageBySlug(db, slug);
      if (!page || !tokens.checkUnsubscribeToken(subscriberId, token)) return notFound();
      const now = clock.now();
      await db
        .updateTable('update_subscribers')
        .set({ unsubscribed_at: now, updated_at: now })
        .where('id', '=', subscriberId)
        .where('page_id', '=', page.id)
        .where('unsubscribed_at', 'is', null)
        .execute();
      const language = page.language as StatementLanguage;
      const w = PAGE_WORDS[language];
      return { status: 200, html: renderMessagePage(language, w.unsubscribeTitle, w.unsubscribed, pageUrlOf(config.publicUrl, slug)) };
    },

    unsubscribeUrl: (slug: string, subscriberId: number) =>
      `${pageUrlOf(config.publicUrl, slug)}/unsubscribe?s=${subscriberId}&t=${encodeURIComponent(tokens.unsubscribeToken(subscriberId))}`,
  };
}

export type UpdatePageService = ReturnType<typeof createUpdatePageService>;
