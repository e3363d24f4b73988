// A form control's label and, under it, its hint, as every form here shows them. The hint's id is
// the control's id + "-hint", for the control's aria-describedby.
export function FieldLabel({ htmlFor, label, hint }: { htmlFor: string; label: string; hint?: string | undefined }) {
  return (
    <>
      <label htmlFor={htmlFor} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${htmlFor}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </>
  );
}
