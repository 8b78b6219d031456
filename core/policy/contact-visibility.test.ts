import { describe, expect, it } from 'vitest';
import { canSeeContact, canSeePrivateContactFields, redactContact } from './contact-visibility';
import { ROLES } from './roles';

const contact = {
  name: 'Dewi',
  email: 'dewi@kantor.co.id',
  phone: '+62811',
  whatsapp: '+62812',
  notes: 'Istri sedang hamil',
  restricted: false,
};

describe('contact visibility', () => {
  it('shows private fields and restricted contacts to owners, admins and crisis leads only', () => {
    const allowed = ROLES.filter((role) => canSeePrivateContactFields(role));
    expect(allowed).toEqual(['owner', 'admin', 'crisis_lead']);
    expect(ROLES.filter((role) => canSeeContact(role, { restricted: true }))).toEqual(allowed);
    expect(ROLES.every((role) => canSeeContact(role, { restricted: false }))).toBe(true);
    expect(canSeePrivateContactFields('system')).toBe(true);
  });

  it('blanks phone, WhatsApp and notes for other readers but keeps the work details', () => {
    expect(redactContact('responder', contact)).toEqual({
      name: 'Dewi',
      email: 'dewi@kantor.co.id',
      phone: null,
      whatsapp: null,
      notes: null,
      restricted: false,
      privateHidden: true,
    });
    expect(redactContact('crisis_lead', contact)).toEqual({ ...contact, privateHidden: false });
  });

  it('hides a restricted contact entirely from those without private access', () => {
    expect(redactContact('viewer', { ...contact, restricted: true })).toBeNull();
    expect(redactContact('admin', { ...contact, restricted: true })?.phone).toBe('+62811');
  });
});
