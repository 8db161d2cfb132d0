import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { addNavigationGuard, allowHashChange } from './navigation-guard';

type FakeWindow = {
  confirm: jest.Mock<(message: string) => boolean>;
  history: { state: null; replaceState: jest.Mock };
  addEventListener: jest.Mock;
  removeEventListener: jest.Mock;
};

describe('navigation guard', () => {
  let fake: FakeWindow;
  let removals: (() => void)[] = [];

  beforeEach(() => {
    fake = {
      confirm: jest.fn<(message: string) => boolean>(),
      history: { state: null, replaceState: jest.fn() },
      addEventListener: jest.fn(),
      removeEventListener: jest.fn(),
    };
    (globalThis as unknown as { window: FakeWindow }).window = fake;
  });
  afterEach(() => {
    for (const remove of removals) remove();
    removals = [];
  });

  it('should let the hash change without asking when no guard holds', () => {
    removals.push(addNavigationGuard(() => null));
    expect(allowHashChange('#/antraege/4')).toBe(true);
    expect(fake.confirm).not.toHaveBeenCalled();
  });

  it('should ask and put the old hash back when the user stays', () => {
    removals.push(addNavigationGuard(() => 'Ungespeicherte Änderungen'));
    fake.confirm.mockReturnValue(false);
    expect(allowHashChange('#/antraege/4')).toBe(false);
    expect(fake.confirm).toHaveBeenCalledWith('Ungespeicherte Änderungen');
    expect(fake.history.replaceState).toHaveBeenCalledWith(null, '', '#/antraege/4');
  });

  it('should let the user leave after confirming', () => {
    removals.push(addNavigationGuard(() => 'Ungespeicherte Änderungen'));
    fake.confirm.mockReturnValue(true);
    expect(allowHashChange('#/antraege/4')).toBe(true);
    expect(fake.history.replaceState).not.toHaveBeenCalled();
  });

  it('should hold the browser prompt on unload only while a guard is registered', () => {
    const remove = addNavigationGuard(() => 'Ungespeicherte Änderungen');
    expect(fake.addEventListener).toHaveBeenCalledWith('beforeunload', expect.any(Function));
    remove();
    expect(fake.removeEventListener).toHaveBeenCalledWith('beforeunload', expect.any(Function));
  });
});
