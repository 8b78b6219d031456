import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../policy';
import { INCIDENT_STATES, type IncidentState, canDeclareIncident, checkTransition, isIncidentOpen, nextStatesOf } from './lifecycle';

/** The table the documentation states, written out independently of the code. */
const ALLOWED: Record<IncidentState, Partial<Record<IncidentState, 'work' | 'resolve'>>> = {
  declared: { active: 'work', resolved: 'resolve' },
  active: { contained: 'work', resolved: 'resolve' },
  contained: { monitoring: 'work', active: 'work', resolved: 'resolve' },
  monitoring: { resolved: 'resolve', active: 'work', contained: 'work' },
  resolved: { reviewed: 'resolve', active: 'resolve' },
  reviewed: {},
};
const WORKERS: readonly Role[] = ['owner', 'admin', 'crisis_lead', 'approver', 'responder', 'analyst'];
const RESOLVERS: readonly Role[] = ['owner', 'admin', 'crisis_lead'];
const FULL = { resolutionSummary: 'Produk ditarik', reviewNote: 'Evaluasi selesai', note: 'Keluhan naik lagi' };

describe('incident lifecycle', () => {
  for (const from of INCIDENT_STATES) {
    for (const to of INCIDENT_STATES) {
      const needs = ALLOWED[from][to];
      if (!needs) {
        it(`refuses ${from} → ${to} for everyone`, () => {
          for (const role of ROLES) expect(checkTransition(from, to, role, FULL)).toEqual({ kind: 'not_allowed', from, to });
        });
        continue;
      }
      const allowedRoles = needs === 'work' ? WORKERS : RESOLVERS;
      it(`allows ${from} → ${to} to ${allowedRoles.join(', ')} and refuses the others`, () => {
        for (const role of ROLES) {
          const result = checkTransition(from, to, role, FULL);
          if (allowedRoles.includes(role)) expect(result).toBeNull();
          else expect(result).toEqual({ kind: 'forbidden', permission: `incidents.${needs}` });
        }
      });
    }
  }

  it('a responder cannot resolve and a viewer cannot declare or work', () => {
    expect(checkTransition('active', 'resolved', 'responder', FULL)).toMatchObject({ kind: 'forbidden' });
    expect(checkTransition('declared', 'active', 'viewer')).toMatchObject({ kind: 'forbidden' });
    expect(canDeclareIncident('viewer')).toBe(false);
    expect(canDeclareIncident('responder')).toBe(true);
  });

  it('asks for a resolution summary to resolve, a review note to close and a note to step back', () => {
    expect(checkTransition('active', 'resolved', 'crisis_lead', {})).toEqual({ kind: 'missing_fields', fields: ['resolutionSummary'] });
    expect(checkTransition('active', 'resolved', 'crisis_lead', { resolutionSummary: '   ' })).toEqual({
      kind: 'missing_fields',
      fields: ['resolutionSummary'],
    });
    expect(checkTransition('resolved', 'reviewed', 'owner', { resolutionSummary: 'x' })).toEqual({
      kind: 'missing_fields',
      fields: ['reviewNote'],
    });
    expect(checkTransition('contained', 'active', 'responder', {})).toEqual({ kind: 'missing_fields', fields: ['note'] });
    expect(checkTransition('active', 'contained', 'responder', {})).toBeNull();
  });

  it('lists the next states in lifecycle order, and knows which states are still open', () => {
    expect(nextStatesOf('contained')).toEqual(['monitoring', 'active', 'resolved']);
    expect(nextStatesOf('reviewed')).toEqual([]);
    expect(INCIDENT_STATES.filter(isIncidentOpen)).toEqual(['declared', 'active', 'contained', 'monitoring']);
  });
});
