import type { MentionRecord, RejectedRow } from '../../core/api';
import type { TextAnalysis } from '../../core/analysis';

/** One row as it arrived, with its 1-based line (file line or position in the batch) for error reports. */
export interface IncomingRow {
  line: number;
  data: unknown;
  /** The row as the source had it, kept as the raw payload; defaults to `data`. */
  raw?: unknown;
  /** The raw payload's JSON as the source sent it (a JSON line as read), so it is not written out again. */
  rawJson?: string;
}

/** A row that passed validation and is on its way to the store. */
export interface PipelineMention {
  line: number;
  record: MentionRecord;
  authorHandle: string | null;
  raw: string;
  /** brand id → ids of the watch queries that matched */
  brands: Map<number, number[]>;
  /** Filled by the analysis hook before the mention is stored. */
  analysis?: MentionAnalysis;
}

/** A text's analysis as stored with its mention. */
export interface MentionAnalysis extends TextAnalysis {
  /**
   * `workspace` when the workspace's adjustment from corrections was applied on top of the shipped
   * model; `corrected` when a person set the label and a re-analysis kept it.
   */
  sentimentSource: 'model' | 'workspace' | 'corrected';
  /** Model and rules version, so `siaga reanalyze` knows what is out of date. */
  version: string;
}

export interface StoredMention extends PipelineMention {
  id: number;
  workspaceId: number;
  /** The author's row (null without a handle), when the store reports it; readers look it up otherwise. */
  authorId?: number | null;
  /** The author's first sighting as stored after this batch (null without a handle), when the store reports it. */
  authorFirstSeenAt?: number | null;
}

/** A stored post seen again with higher engagement counters: its counters now, as stored. */
export interface EngagementUpdate {
  mentionId: number;
  platform: string;
  externalId: string;
  /** When the counters were read (the batch's ingest time). */
  observedAt: number;
  likes: number;
  comments: number;
  shares: number;
  views: number;
  reach: number;
}

/**
 * Where later stages plug in: analysis enriches mentions before they are stored;
 * detectors and automation react to what was stored.
 */
/** Where a batch comes from. */
export interface BatchContext {
  /**
   * History: a file import, whose mentions may be of any age and come in any time order. Its batches are
   * stored as they come, and `finishHistory` tells the hooks when the whole import is in.
   */
  history: boolean;
}

export interface IngestHooks {
  beforeStore?: ((workspaceId: number, mentions: PipelineMention[]) => void | Promise<void>)[];
  afterStore?: ((workspaceId: number, stored: StoredMention[], context: BatchContext) => void | Promise<void>)[];
  /** An import of history has stored all it will store (after the `afterStore` of its last batch). */
  afterHistory?: ((workspaceId: number) => void | Promise<void>)[];
  /** Posts already stored whose counters rose in this batch (after `afterStore`). */
  afterEngagement?: ((workspaceId: number, updates: EngagementUpdate[]) => void | Promise<void>)[];
}

export interface BatchResult {
  received: number;
  imported: number;
  duplicates: number;
  /** Of the duplicates, the posts already stored whose engagement counters rose. */
  engagementUpdated: number;
  rejected: RejectedRow[];
}
