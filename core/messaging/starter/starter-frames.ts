import type { TemplateKind, TemplateLanguage } from '../templates/template-kinds';
import type { StarterSituation } from './starter-situations';

/** Builds a template body from the situation's sentences; `{…}` are template variables. */
type Frame = (s: StarterSituation) => string;

/**
 * The shape of each kind of message, per language. Every frame acknowledges the people affected,
 * says what is being done, and ends with when we speak next or where to reach us.
 */
export const STARTER_FRAMES: Record<TemplateLanguage, Partial<Record<TemplateKind, Frame>>> = {
  id: {
    holding_statement: (s) =>
      `{brand} mengetahui adanya {issue} dan memahami kekhawatiran Anda. ${s.action} ${s.advice}\n\n` +
      `Kami akan menyampaikan pembaruan berikutnya {next_update} di {update_url}. Pertanyaan dapat disampaikan melalui {contact}.`,
    apology: (s) =>
      `Kami mohon maaf atas {issue} dan dampaknya bagi Anda. ${s.action}\n\n${s.advice} ` +
      `Kami akan menyampaikan perkembangan berikutnya {next_update}. Jika Anda terdampak, mohon hubungi kami melalui {contact}.\n\n— {brand}`,
    clarification: (s) =>
      `Terima kasih atas pertanyaan dan perhatian Anda mengenai {issue}. Berikut penjelasan dari {brand} per {date}, {time}: ${s.action}\n\n` +
      `${s.advice} Informasi terbaru selalu kami muat di {update_url}, dan pertanyaan lain dapat disampaikan melalui {contact}.`,
    hoax_correction: (s) =>
      `Terima kasih kepada Anda yang telah bertanya kepada {brand} tentang kabar mengenai {issue}. Kabar tersebut tidak benar. ` +
      `${s.action}\n\n${s.advice} Penjelasan lengkap ada di {update_url}, dan Anda dapat mengirimkan tangkapan layar kabar serupa melalui {contact}.`,
    update: (s) =>
      `Pembaruan dari {brand} mengenai {issue} per {date}, {time}. Terima kasih atas kesabaran Anda. ${s.action}\n\n` +
      `${s.advice} Pembaruan berikutnya akan kami sampaikan {next_update} di {update_url}. Pertanyaan dapat disampaikan melalui {contact}.`,
    all_clear: (s) =>
      `Terima kasih atas kesabaran Anda selama kami menangani {issue}. ${s.resolved}\n\n` +
      `Jika Anda masih mengalami kendala, mohon hubungi kami melalui {contact}. Ringkasan kejadian dan langkah kami ada di {update_url}.\n\n— {brand}`,
    reply: (s) => `Mohon maaf atas ketidaknyamanannya, {name}. ${s.reply} Info terbaru: {update_url}`,
  },
  en: {
    holding_statement: (s) =>
      `{brand} is aware of {issue} and we understand your concern. ${s.action} ${s.advice}\n\n` +
      `We will share the next update {next_update} at {update_url}. Questions can be sent to {contact}.`,
    apology: (s) =>
      `We are sorry for {issue} and for how it has affected you. ${s.action}\n\n${s.advice} ` +
      `We will share the next update {next_update}. If you have been affected, please contact us at {contact}.\n\n— {brand}`,
    clarification: (s) =>
      `Thank you for your questions about {issue}. Here is what {brand} can confirm as of {date}, {time}: ${s.action}\n\n` +
      `${s.advice} The latest information is always at {update_url}, and other questions can be sent to {contact}.`,
    hoax_correction: (s) =>
      `Thank you to everyone who checked with {brand} about the reports of {issue}. Those reports are not accurate. ` +
      `${s.action}\n\n${s.advice} The full explanation is at {update_url}, and you can send us screenshots of similar reports at {contact}.`,
    update: (s) =>
      `An update from {brand} on {issue} as of {date}, {time}. Thank you for your patience. ${s.action}\n\n` +
      `${s.advice} We will share the next update {next_update} at {update_url}. Questions can be sent to {contact}.`,
    all_clear: (s) =>
      `Thank you for your patience while we dealt with {issue}. ${s.resolved}\n\n` +
      `If you are still having trouble, please contact us at {contact}. A summary of what happened and what we did is at {update_url}.\n\n— {brand}`,
    reply: (s) => `Sorry for the trouble, {name}. ${s.reply} Latest: {update_url}`,
  },
};
