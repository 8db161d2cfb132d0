type SubmitRowProps = {
  label: string;
  disabled: boolean;
  /** A step that ends something (a leave): the danger button. */
  danger?: boolean;
  /** Why the last submit failed, shown below the button. */
  error?: string | null;
};

/** A form's submit button and, below it, why the last submit failed. */
export function SubmitRow({ label, disabled, danger = false, error = null }: SubmitRowProps) {
  return (
    <>
      <div className="form-actions">
        <button
          type="submit"
          className={danger ? 'button--danger' : 'button--primary'}
          disabled={disabled}
        >
          {label}
        </button>
      </div>
      {error && (
        <p className="alert alert--danger form-grid__wide" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
