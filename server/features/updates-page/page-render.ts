import type { StatementLanguage } from '../../../core/statements';
import { PAGE_WORDS, formatTime } from './page-words';

export interface PageRevisionView {
  revision: number;
  title: string;
  body: string;
  reason: string | null;
  at: number;
}

export interface PageStatementView {
  id: number;
  language: StatementLanguage;
  /** The current revision. */
  current: PageRevisionView;
  /** When it first appeared on the page. */
  publishedAt: number;
  /** Earlier revisions, newest first: the visible edit history. */
  earlier: PageRevisionView[];
}

export interface PageView {
  slug: string;
  title: string;
  brandName: string;
  language: StatementLanguage;
  url: string;
  feedUrl: string;
  formToken: string;
  nextUpdateAt: number | null;
  statements: PageStatementView[];
  notice?: { ok: boolean; text: string } | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything that comes from people or the database goes through this. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

const time = (at: number, language: StatementLanguage) =>
  `<time datetime="${new Date(at).toISOString()}">${escapeHtml(formatTime(at, language))}</time>`;

/** Small, readable at 360 px, no web fonts, no images, no script. */
const STYLE = `*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;background:#f8f9fa}
main{max-width:42rem;margin:0 auto;padding:1rem}header h1{font-size:1.4rem;margin:.5rem 0}header p{margin:0;color:#495057}
article{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:1rem;margin:1rem 0;overflow-wrap:anywhere}
article h2{font-size:1.15rem;margin:0 0 .25rem}.meta{color:#495057;font-size:.875rem;margin:0 0 .5rem}
.edited{display:inline-block;background:#fff3bf;border-radius:4px;padding:0 .35rem;margin-left:.35rem}
details{margin-top:.75rem;border-top:1px solid #e9ecef;padding-top:.5rem}details section{border-left:3px solid #ced4da;padding-left:.75rem;margin:.5rem 0;color:#495057}
.next{background:#e7f5ff;border:1px solid #a5d8ff;border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
.notice{border-radius:8px;padding:.75rem 1rem;margin:1rem 0}.ok{background:#ebfbee;border:1px solid #8ce99a}.err{background:#fff5f5;border:1px solid #ffa8a8}
form{display:flex;flex-wrap:wrap;gap:.5rem}label{width:100%;font-weight:600}input[type=email]{flex:1 1 12rem;min-width:0;font:inherit;padding:.5rem;border:1px solid #adb5bd;border-radius:6px}
button{font:inherit;padding:.5rem 1rem;border:0;border-radius:6px;background:#1971c2;color:#fff;cursor:pointer}a{color:#1864ab}footer{font-size:.875rem;color:#495057;margin:2rem 0 1rem}`;

function shell(language: StatementLanguage, title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>${head}<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

function renderStatement(s: PageStatementView): string {
  const w = PAGE_WORDS[s.language];
  const edited = s.earlier.length > 0;
  const history = edited
    ? `<details><summary>${w.history} (${s.earlier.length})</summary>${s.earlier
        .map(
          (r) =>
            `<section><p class="meta">${w.revision} ${r.revision} · ${time(r.at, s.language)}${r.reason ? ` · ${w.reason}: ${escapeHtml(r.reason)}` : ` · ${w.original}`}</p><h3>${escapeHtml(r.title)}</h3>${paragraphs(r.body)}</section>`,
        )
        .join('')}</details>`
    : '';
  const reason = edited && s.current.reason ? ` · ${w.reason}: ${escapeHtml(s.current.reason)}` : '';
  return `<article id="s${s.id}" lang="${s.language}"><h2>${escapeHtml(s.current.title)}</h2>
<p class="meta">${w.published} ${time(s.publishedAt, s.language)}${edited ? `<span class="edited">${w.edited} ${time(s.current.at, s.language)}</span>${reason}` : ''}</p>
${paragraphs(s.current.body)}${history}</article>`;
}

/** The public page: statements newest first, each with its edit history, the next update, the form. */
export function renderUpdatePage(view: PageView): string {
  const w = PAGE_WORDS[view.language];
  const notice = view.notice ? `<p class="notice ${view.notice.ok ? 'ok' : 'err'}" role="status">${escapeHtml(view.notice.text)}</p>` : '';
  const next =
    view.nextUpdateAt !== null ? `<p class="next"><strong>${w.nextUpdate}:</strong> ${time(view.nextUpdateAt, view.language)}</p>` : '';
  const list = view.statements.length > 0 ? view.statements.map(renderStatement).join('') : `<p>${w.noStatements}</p>`;
  const form = `<section aria-labelledby="sub"><h2 id="sub">${w.subscribeTitle}</h2><p>${w.subscribeHelp}</p>
<form method="post" action="/updates/${escapeHtml(view.slug)}/subscribe"><label for="email">${w.email}</label>
<input type="hidden" name="token" value="${escapeHtml(view.formToken)}"><input type="hidden" name="language" value="${view.language}">
<input id="email" type="email" name="email" required autocomplete="email" maxlength="254"><button type="submit">${w.subscribe}</button></form></section>`;
  const body = `<header><p>${escapeHtml(view.brandName)} · ${w.updates}</p><h1>${escapeHtml(view.title)}</h1></header>${notice}${next}${list}${form}
<footer><a href="${escapeHtml(view.feedUrl)}">${w.feed}</a></footer>`;
  const head = `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(view.title)}" href="${escapeHtml(view.feedUrl)}">`;
  return shell(view.language, `${view.title} · ${view.brandName}`, body, head);
}

/** A small page with a message and, for confirming or unsubscribing, one button that POSTs. */
export function renderMessagePage(
  language: StatementLanguage,
  title: string,
  text: string,
  backUrl: string,
  action?: { url: string; label: string; fields: Record<string, string> },
): string {
  const w = PAGE_WORDS[language];
  const form = action
    ? `<form method="post" action="${escapeHtml(action.url)}">${Object.entries(action.fields)
        .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
        .join('')}<button type="submit">${escapeHtml(action.label)}</button></form>`
    : '';
  return shell(
    language,
    title,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${form}<footer><a href="${escapeHtml(backUrl)}">${w.back}</a></footer>`,
  );
}

const xml = escapeHtml;
const iso = (at: number) => new Date(at).toISOString();

/** Atom 1.0 (RFC 4287): one entry per statement revision, each with a stable id, newest first. */
export function renderAtomFeed(view: Omit<PageView, 'formToken' | 'notice'>): string {
  const entries = view.statements.flatMap((s) => [s.current, ...s.earlier].map((r) => ({ statement: s, revision: r })));
  entries.sort((a, b) => b.revision.at - a.revision.at || b.statement.id - a.statement.id);
  const updated = entries[0]?.revision.at ?? 0;
  const items = entries
    .map(({ statement: s, revision: r }) => {
      const w = PAGE_WORDS[s.language];
      const title = r.reason ? `${w.correction}: ${r.title}` : r.title;
      const text = r.reason ? `${r.body}\n\n${w.reason}: ${r.reason}` : r.body;
      return `<entry xml:lang="${s.language}"><id>${xml(`${view.url}#s${s.id}-r${r.revision}`)}</id><title>${xml(title)}</title><updated>${iso(r.at)}</updated><published>${iso(s.publishedAt)}</published><link rel="alternate" href="${xml(`${view.url}#s${s.id}`)}"/><content type="text">${xml(text)}</content></entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${view.language}"><id>${xml(view.url)}</id><title>${xml(view.title)}</title><updated>${iso(updated)}</updated><author><name>${xml(view.brandName)}</name></author><link rel="self" href="${xml(view.feedUrl)}"/><link rel="alternate" href="${xml(view.url)}"/>
${items}
</feed>`;
}
