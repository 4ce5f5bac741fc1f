'use client';
// A page that the server could not build (the graph store unavailable, say):
// what failed and a retry, never a blank page.
import { useRouter } from 'next/navigation';
import { startTransition } from 'react';

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  return (
    <main className="page">
      <div className="error" role="alert">
        <p>
          Could not build this page: the server failed to read the landscape from its graph store
          {error.digest ? ` (error ${error.digest}; see the server log)` : `: ${error.message}`}.
        </p>
        <p lang="zh-Hant">無法建立此頁面：伺服器未能從圖數據庫讀取資料。</p>
        <button
          type="button"
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          Retry · 重試
        </button>
      </div>
    </main>
  );
}
