import type { CrisisType } from '../../plan/plan.types';
import type { ChannelId } from '../templates/channels';
import { TEMPLATE_KINDS, type TemplateKind, type TemplateLanguage } from '../templates/template-kinds';
import { STARTER_FRAMES } from './starter-frames';
import { FALSE_INFORMATION_TYPES, STARTER_CRISIS_TYPES, STARTER_SITUATIONS, type StarterCrisisType } from './starter-situations';

export interface StarterTemplate {
  /** The same in every language: `starter.<crisis type>.<kind>`; playbooks refer to templates by it. */
  key: string;
  name: string;
  crisisType: CrisisType;
  kind: TemplateKind;
  channel: ChannelId;
  language: TemplateLanguage;
  body: string;
}

const KIND_NAMES: Record<TemplateLanguage, Record<TemplateKind, string>> = {
  id: {
    holding_statement: 'Pernyataan awal',
    apology: 'Permintaan maaf',
    clarification: 'Klarifikasi',
    hoax_correction: 'Koreksi hoaks',
    update: 'Pembaruan',
    all_clear: 'Pernyataan selesai',
    reply: 'Balasan singkat',
  },
  en: {
    holding_statement: 'Holding statement',
    apology: 'Apology',
    clarification: 'Clarification',
    hoax_correction: 'Hoax correction',
    update: 'Update',
    all_clear: 'All clear',
    reply: 'Short reply',
  },
};

/** A brand apologises for what it did, and corrects what others made up: never the other way round. */
export function isStarterKindFitting(type: StarterCrisisType, kind: TemplateKind): boolean {
  const falseInformation = FALSE_INFORMATION_TYPES.has(type);
  if (kind === 'apology') return !falseInformation;
  if (kind === 'hoax_correction') return falseInformation;
  return true;
}

/** Statements go to the public update page (and from there to every channel); replies fit X, the tightest. */
function readStarterChannel(kind: TemplateKind): ChannelId {
  return kind === 'reply' ? 'x' : 'update_page';
}

/** The starter library in one language, or both: one template per crisis type, fitting kind and language. */
export function listStarterTemplates(language?: TemplateLanguage): StarterTemplate[] {
  const languages: TemplateLanguage[] = language ? [language] : ['id', 'en'];
  const templates: StarterTemplate[] = [];
  for (const type of STARTER_CRISIS_TYPES) {
    for (const kind of TEMPLATE_KINDS) {
      if (!isStarterKindFitting(type, kind)) continue;
      for (const lang of languages) {
        const situation = STARTER_SITUATIONS[type][lang];
        const frame = STARTER_FRAMES[lang][kind];
        if (!frame) continue;
        templates.push({
          key: `starter.${type}.${kind}`,
          name: `${situation.name}: ${KIND_NAMES[lang][kind]}`,
          crisisType: type,
          kind,
          channel: readStarterChannel(kind),
          language: lang,
          body: frame(situation),
        });
      }
    }
  }
  return templates;
}
