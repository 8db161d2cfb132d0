import { describe, expect, it } from '@jest/globals';
import { motionView } from './__fixtures__/motion-factories';
import { conflictRows, editDraftOf, patchOf } from './motion-edit';

describe('motion edit', () => {
  const original = motionView(7, {
    title: 'Radweg',
    reference: '2026/0042',
    sponsorGroupKeys: ['SPD', 'GRUENE'],
    policyArea: 'Mobilität',
    meetingDate: '2026-03-12',
  });

  it('should send nothing when no field changed', () => {
    expect(patchOf(editDraftOf(original), original)).toBeNull();
  });

  it('should send only the changed fields, trimmed, when the user edits title and reference', () => {
    const draft = {
      ...editDraftOf(original),
      title: ' Radweg Königsallee ',
      reference: '2026/0043',
    };
    expect(patchOf(draft, original)).toEqual({
      title: 'Radweg Königsallee',
      reference: '2026/0043',
    });
  });

  it('should clear optional fields with null when the user empties them', () => {
    const draft = { ...editDraftOf(original), reference: ' ', meetingDate: '', policyArea: '' };
    expect(patchOf(draft, original)).toEqual({
      reference: null,
      meetingDate: null,
      policyArea: null,
    });
  });

  it('should send the Drucksache date when the user sets it', () => {
    const draft = { ...editDraftOf(original), submittedOn: '2026-02-20' };
    expect(patchOf(draft, original)).toEqual({ submittedOn: '2026-02-20' });
  });

  it('should ignore the sponsors order when nothing else changed', () => {
    const draft = { ...editDraftOf(original), sponsorGroupKeys: ['GRUENE', 'SPD'] };
    expect(patchOf(draft, original)).toBeNull();
  });

  it('should keep the user’s changes beside the newer state when someone else saved first', () => {
    const draft = { ...editDraftOf(original), title: 'Mein Titel' };
    const fresh = { ...original, version: 2, title: 'Fremder Titel', description: 'neu' };
    expect(conflictRows(draft, original, fresh)).toEqual([
      { field: 'title', mine: 'Mein Titel', theirs: 'Fremder Titel' },
    ]);
    // Saving on top of the newer state sends only the user's field, not the old description.
    expect(patchOf(draft, original)).toEqual({ title: 'Mein Titel' });
  });
});
