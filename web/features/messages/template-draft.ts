import {
  TEMPLATE_VARIABLE_DESCRIPTIONS,
  type TemplateCheck,
  type TemplateTarget,
  type TemplateValues,
  type ToneFinding,
  type ToneSeverity,
  checkTemplate,
  hasBlockingFindings,
  renderTemplate,
} from '../../../core/messaging';

export interface HighlightSegment {
  text: string;
  /** The most severe finding covering this stretch, if any. */
  severity: ToneSeverity | null;
}

const RANK: Record<ToneSeverity, number> = { block: 0, warn: 1, info: 2 };

/** Cuts the text at every span edge, so each stretch is marked with the worst finding over it. */
export function splitHighlights(text: string, findings: readonly ToneFinding[]): HighlightSegment[] {
  const edges = new Set([0, text.length]);
  for (const f of findings)
    for (const s of f.spans) edges.add(Math.max(0, Math.min(text.length, s.start))).add(Math.max(0, Math.min(text.length, s.end)));
  const cuts = [...edges].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    if (end <= start) continue;
    let severity: ToneSeverity | null = null;
    for (const f of findings) {
      if (!f.spans.some((s) => s.start <= start && s.end >= end)) continue;
      if (severity === null || RANK[f.severity] < RANK[severity]) severity = f.severity;
    }
    const last = segments[segments.length - 1];
    if (last && last.severity === severity) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), severity });
  }
  return segments;
}

/** The sample values the preview fills in: the variables' own examples. */
export const SAMPLE_VALUES: TemplateValues = Object.fromEntries(
  Object.entries(TEMPLATE_VARIABLE_DESCRIPTIONS).map(([name, d]) => [name, d.example]),
);

export interface DraftReview extends TemplateCheck {
  preview: string;
  /** Whether the server would refuse to send it for review. */
  blocked: boolean;
}

/** What the editor shows on every keystroke: the same check the server runs at submit, and the preview. */
export function reviewDraft(body: string, target: TemplateTarget): DraftReview {
  const check = checkTemplate(body, target);
  return {
    ...check,
    preview: renderTemplate(body, SAMPLE_VALUES).text,
    blocked: body.trim() === '' || check.errors.length > 0 || hasBlockingFindings(check.findings),
  };
}
