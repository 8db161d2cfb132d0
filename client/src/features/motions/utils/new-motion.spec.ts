import { describe, expect, it } from '@jest/globals';
import { createRequestOf, emptyMotionDraft, toggled } from './new-motion';

describe('createRequestOf', () => {
  it('should trim the texts and leave empty optional fields out', () => {
    const draft = {
      ...emptyMotionDraft(true),
      title: '  Radweg Hattinger Straße ',
      reference: ' ',
    };
    expect(createRequestOf(draft)).toEqual({
      title: 'Radweg Hattinger Straße',
      type: 'antrag',
      sponsorGroupKeys: [],
      requiredMajority: 'simple',
      mayorVotes: true,
    });
  });

  it('should send every filled field when the form is complete', () => {
    const draft = {
      ...emptyMotionDraft(false),
      title: 'T',
      description: 'D',
      reference: '20251234',
      type: 'vorlage' as const,
      sponsorGroupKeys: ['SPD', 'GRUENE'],
      policyArea: 'Mobilität',
      requiredMajority: 'absolute' as const,
      meetingDate: '2026-03-12',
      submittedOn: '2026-02-20',
    };
    expect(createRequestOf(draft)).toEqual({
      title: 'T',
      description: 'D',
      reference: '20251234',
      type: 'vorlage',
      sponsorGroupKeys: ['SPD', 'GRUENE'],
      policyArea: 'Mobilität',
      requiredMajority: 'absolute',
      mayorVotes: false,
      meetingDate: '2026-03-12',
      submittedOn: '2026-02-20',
    });
  });
});

describe('toggled', () => {
  it('should add a missing key and remove a present one', () => {
    expect(toggled(['SPD'], 'GRUENE')).toEqual(['SPD', 'GRUENE']);
    expect(toggled(['SPD', 'GRUENE'], 'SPD')).toEqual(['GRUENE']);
  });
});
