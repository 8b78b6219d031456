import type { MessagingLocale } from '../messaging.types';

/** The ranking's explanation lines, as an i18next resource (`inbox.factor.<factor>`); see `MessagingMessage`. */
export const INBOX_MESSAGES: Record<MessagingLocale, { inbox: { factor: Record<string, string> } }> = {
  id: {
    inbox: {
      factor: {
        sentiment: 'Peluang negatif {{percent}}% (+{{points}})',
        reach: 'Jangkauan {{value}} orang (+{{points}})',
        velocity: '{{value}} interaksi per jam (+{{points}})',
        influence: 'Penulis punya {{value}} pengikut (+{{points}})',
        incident: 'Terkait insiden yang sedang berjalan (+{{points}})',
        incident_none: 'Tidak terkait insiden (+0)',
        waiting: 'Sudah menunggu {{percent}}% dari target waktu respons (+{{points}})',
      },
    },
  },
  en: {
    inbox: {
      factor: {
        sentiment: '{{percent}}% likely negative (+{{points}})',
        reach: 'Reaches {{value}} people (+{{points}})',
        velocity: '{{value}} interactions per hour (+{{points}})',
        influence: 'Author has {{value}} followers (+{{points}})',
        incident: 'Part of an open incident (+{{points}})',
        incident_none: 'Not part of an incident (+0)',
        waiting: 'Waited {{percent}}% of the response-time target (+{{points}})',
      },
    },
  },
};
