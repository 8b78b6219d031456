import { describe, expect, it } from 'vitest';
import { checkDecision, correctionText, isEditable, lengthChannelOf, previewStatement, requiredApprovals } from './statement-rules';

describe('statement rules', () => {
  it('needs two approvers only under the two-person rule and in an incident', () => {
    expect(requiredApprovals(true, true)).toBe(2);
    expect(requiredApprovals(true, false)).toBe(1);
    expect(requiredApprovals(false, true)).toBe(1);
  });

  it('refuses the author, a second decision by the same person, and a statement not in review', () => {
    const inReview = { state: 'in_review' as const, authorId: 1 };
    expect(checkDecision(inReview, [], 1)).toBe('own_statement');
    expect(checkDecision(inReview, [2], 2)).toBe('already_decided');
    expect(checkDecision(inReview, [2], 3)).toBeNull();
    expect(checkDecision({ state: 'approved', authorId: 1 }, [], 3)).toBe('not_in_review');
  });

  it('edits only drafts and rejected statements, and marks a correction in the statement language', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('rejected')).toBe(true);
    expect(isEditable('in_review')).toBe(false);
    expect(isEditable('published')).toBe(false);
    expect(correctionText('Jam buka berubah.', 'id')).toBe('Koreksi: Jam buka berubah.');
    expect(correctionText('Hours changed.', 'en')).toBe('Correction: Hours changed.');
  });

  it('previews each channel with its own text, length limit and the account that posts', () => {
    expect(lengthChannelOf('account', 'x')).toBe('x');
    expect(lengthChannelOf('page')).toBe('update_page');
    const account = { id: 7, platform: 'x' as const, handle: 'rasamie', displayName: 'Rasamie', avatarUrl: null };
    const previews = previewStatement({
      body: 'Kami mohon maaf atas gangguan layanan. Kabar berikutnya pukul 12.00 WIB.',
      language: 'id',
      variants: { 'account:7': 'x'.repeat(300) },
      accounts: [account],
      page: true,
      email: false,
    });
    expect(previews.map((p) => [p.key, p.lengthChannel, p.fits])).toEqual([
      ['account:7', 'x', false],
      ['page', 'update_page', true],
    ]);
    expect(previews[0]).toMatchObject({ account, length: 300, limit: 280, blocking: true });
    expect(previews[1]!.text).toContain('Kami mohon maaf');
  });
});
