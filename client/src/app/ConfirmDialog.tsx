import { useEffect, useId, useRef } from 'react';

type ConfirmDialogProps = {
  title: string;
  /** What will happen, in words (German first). */
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** `danger` for steps that cannot be undone (withdraw, deactivate); `primary` otherwise. */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
};

/**
 * Asks before a final step (domain.md: final steps ask for confirmation). A modal <dialog>: focus
 * moves into it (on the safe choice), Escape cancels, the page behind is inert.
 */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  cancelLabel,
  busy = false,
  tone = 'danger',
  onConfirm,
  onCancel,
  testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      data-testid={testId}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="form-actions">
        <button type="button" className="button--ghost" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={`button--${tone}`}
          data-testid={`${testId}-yes`}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
