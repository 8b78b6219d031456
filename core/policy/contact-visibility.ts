import { can } from './permissions';
import type { Role } from './roles';

/**
 * Who sees what of the contacts directory. `contacts.read` gives names, organisation, role, topic, beat,
 * region and work e-mail; personal phone, WhatsApp and notes need `contacts.read_private`, and so does a
 * contact marked restricted, which is hidden entirely from everyone else.
 */
export const PRIVATE_CONTACT_FIELDS = ['phone', 'whatsapp', 'notes'] as const;
export type PrivateContactField = (typeof PRIVATE_CONTACT_FIELDS)[number];

/** Who is reading: a member's role, or the system (the command line, run by whoever holds the server). */
export type ContactViewer = Role | 'system';

export function canSeePrivateContactFields(viewer: ContactViewer): boolean {
  return viewer === 'system' || can(viewer, 'contacts.read_private');
}

export function canSeeContact(viewer: ContactViewer, contact: { restricted: boolean }): boolean {
  return !contact.restricted || canSeePrivateContactFields(viewer);
}

/** The contact as `viewer` may see it: private fields null when hidden; null when the whole contact is hidden. */
export function redactContact<T extends { restricted: boolean } & Record<PrivateContactField, string>>(
  viewer: ContactViewer,
  contact: T,
): (Omit<T, PrivateContactField> & Record<PrivateContactField, string | null> & { privateHidden: boolean }) | null {
  if (!canSeeContact(viewer, contact)) return null;
  if (canSeePrivateContactFields(viewer)) return { ...contact, privateHidden: false };
  return { ...contact, phone: null, whatsapp: null, notes: null, privateHidden: true };
}
