// A spinner with a sentence, for the moments before data or the canvas arrive.
export default function Loading({ text, className }: { text: string; className?: string }) {
  return (
    <div className={`loading ${className ?? ''}`} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
