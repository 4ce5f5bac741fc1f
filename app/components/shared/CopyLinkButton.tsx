'use client';
// Copies the page's URL (which holds the view or the query) and says so for two seconds.
import { useState } from 'react';

export default function CopyLinkButton({ label, copiedLabel }: { label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() => {
        void navigator.clipboard?.writeText(window.location.href).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      {copied ? copiedLabel : label}
    </button>
  );
}
