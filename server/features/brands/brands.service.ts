import { sql } from 'kysely';
import type { z } from 'zod';
import type {
  Brand,
  BrandInputSchema,
  BrandPatchSchema,
  WatchQuery,
  WatchQueryInputSchema,
  WatchQueryPatchSchema,
} from '../../../core/api';
import { parseWatchQuery } from '../../../core/query';
import type { ServiceDeps } from '../../deps';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';

interface BrandRow {
  id: number;
  name: string;
  kind: string;
  description: string;
  created_at: number;
  updated_at: number;
  query_count: number | string;
}

interface QueryRow {
  id: number;
  brand_id: number;
  name: string;
  query: string;
  enabled: number | boolean;
  created_at: number;
  updated_at: number;
}

const toBrand = (r: BrandRow): Brand => ({
  id: r.id,
  name: r.name,
  kind: r.kind === 'competitor' ? 'competitor' : 'own',
  description: r.description,
  queryCount: Number(r.query_count),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toQuery = (r: QueryRow): WatchQuery => ({
  id: r.id,
  brandId: r.brand_id,
  name: r.name,
  query: r.query,
  enabled: Boolean(r.enabled),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A watch query is stored only when it parses; the error says where it broke. */
export function assertValidWatchQuery(source: string): void {
  const parsed = parseWatchQuery(source);
  if (!parsed.ok) {
    throw AppError.validation([{ path: 'query', message: parsed.error.message }], {
      position: parsed.error.position,
      code: parsed.error.code,
    });
  }
}

export function createBrandService({ db, clock }: ServiceDeps) {
  const brandsWithCounts = (workspaceId: number) =>
    db
      .selectFrom('brands as b')
      .select(['b.id', 'b.name', 'b.kind', 'b.description', 'b.created_at', 'b.updated_at'])
      .select((eb) =>
        eb
          .selectFrom('watch_queries as q')
          .whereRef('q.brand_id', '=', 'b.id')
          .select(sql<number>`count(*)`.as('n'))
          .as('query_count'),
      )
      .where('b.workspace_id', '=', workspaceId);

  async function getBrand(workspaceId: number, brandId: number): Promise<Brand> {
    const row = await brandsWithCounts(workspaceId).where('b.id', '=', brandId).executeTakeFirst();
    if (!row) throw AppError.notFound('Brand');
    return toBrand(row as BrandRow);
  }

  async function getQuery(workspaceId: number, queryId: number): Promise<WatchQuery> {
    const row = await db
      .selectFrom('watch_queries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', queryId)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('Watch query');
    return toQuery(row);
  }

  const nameTaken = (name: string) => new AppError('conflict', `A brand named "${name}" already exists in this workspace`);

  return {
    getBrand,
    getQuery,

    async listBrands(workspaceId: number): Promise<Brand[]> {
      const rows = await brandsWithCounts(workspaceId).orderBy('b.kind', 'desc').orderBy('b.name').execute();
      return rows.map((r) => toBrand(r as BrandRow));
    },

    async createBrand(workspaceId: number, input: z.output<typeof BrandInputSchema>, actor: Actor): Promise<Brand> {
      const now = clock.now();
      try {
        const id = await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('brands')
            .values({
              workspace_id: workspaceId,
              name: input.name,
              kind: input.kind,
              description: input.description,
              created_at: now,
              updated_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(trx, actor, now, {
            workspaceId,
            action: 'brand.created',
            targetType: 'brand',
            targetId: row.id,
            details: input,
          });
          return row.id;
        });
        return await getBrand(workspaceId, id);
      } catch (error) {
        throw isUniqueViolation(error) ? nameTaken(input.name) : error;
      }
    },

    async updateBrand(workspaceId: number, brandId: number, patch: z.output<typeof BrandPatchSchema>, actor: Actor): Promise<Brand> {
      const before = await getBrand(workspaceId, brandId);
      const now = clock.now();
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable('brands')
            .set({ ...patch, updated_at: now })
            .where('workspace_id', '=', workspaceId)
            .where('id', '=', brandId)
            .execute();
          await recordAudit(trx, actor, now, {
            workspaceId,
            action: 'brand.updated',
            targetType: 'brand',
            targetId: brandId,
            details: { before: { name: before.name, kind: before.kind }, patch },
          });
        });
      } catch (error) {
        throw isUniqueViolation(error) ? nameTaken(patch.name ?? before.name) : error;
      }
      return getBrand(workspaceId, brandId);
    },

    async deleteBrand(workspaceId: number, brandId: number, actor: Actor): Promise<void> {
      const brand = await getBrand(workspaceId, brandId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('mention_brands').where('brand_id', '=', brandId).execute();
        await trx.deleteFrom('watch_queries').where('brand_id', '=', brandId).execute();
        await trx.deleteFrom('brands').where('id', '=', brandId).execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'brand.deleted',
          targetType: 'brand',
          targetId: brandId,
          details: { name: brand.name },
        });
      });
    },

    async listQueries(workspaceId: number, brandId: number): Promise<WatchQuery[]> {
      await getBrand(workspaceId, brandId);
      const rows = await db
        .selectFrom('watch_queries')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('brand_id', '=', brandId)
        .orderBy('id')
        .execute();
      return rows.map(toQuery);
    },

    async createQuery(
      workspaceId: number,
      brandId: number,
      input: z.output<typeof WatchQueryInputSchema>,
      actor: Actor,
    ): Promise<WatchQuery> {
      await getBrand(workspaceId, brandId);
      assertValidWatchQuery(input.query);
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('watch_queries')
          .values({
            workspace_id: workspaceId,
            brand_id: brandId,
            name: input.name,
            query: input.query,
            enabled: input.enabled ? 1 : 0,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'query.created',
          targetType: 'watch_query',
          targetId: row.id,
          details: { brandId, ...input },
        });
        return row.id;
      });
      return getQuery(workspaceId, id);
    },

    async updateQuery(
      workspaceId: number,
      queryId: number,
      patch: z.output<typeof WatchQueryPatchSchema>,
      actor: Actor,
    ): Promise<WatchQuery> {
      const before = await getQuery(workspaceId, queryId);
      if (patch.query !== undefined) assertValidWatchQuery(patch.query);
      const now = clock.now();
      const { enabled, ...rest } = patch;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('watch_queries')
          .set({ ...rest, ...(enabled === undefined ? {} : { enabled: enabled ? 1 : 0 }), updated_at: now })
          .where('id', '=', queryId)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'query.updated',
          targetType: 'watch_query',
          targetId: queryId,
          details: { before: { query: before.query, enabled: before.enabled }, patch },
        });
      });
      return getQuery(workspaceId, queryId);
    },

    async deleteQuery(workspaceId: number, queryId: number, actor: Actor): Promise<void> {
      const query = await getQuery(workspaceId, queryId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('watch_queries').where('id', '=', queryId).execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'query.deleted',
          targetType: 'watch_query',
          targetId: queryId,
          details: { query: query.query, brandId: query.brandId },
        });
      });
    },
  };
}

export type BrandService = ReturnType<typeof createBrandService>;
