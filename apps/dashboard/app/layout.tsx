import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '@/components/api/api-client-provider.tsx';
import { ApiSettingsProvider } from '@/components/api/api-settings-context.tsx';
import { AppHeader } from '@/components/shell/app-header.tsx';
import { browserApiSettings } from '@/lib/api-settings.ts';
import './globals.css';

export const metadata: Metadata = {
  title: 'DeSTSeg inspection dashboard',
  description: 'Training runs, model leaderboards and live inspections',
};

// The API defaults come from the server's environment at request time, so one build serves any deployment.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  // Never the server's key: the proxy adds it.
  const defaults = browserApiSettings(process.env);
  return (
    <html lang="en">
      <body>
        <ApiSettingsProvider defaults={defaults}>
          <AppHeader />
          <main className="page">
            <ApiClientProvider>{children}</ApiClientProvider>
          </main>
        </ApiSettingsProvider>
      </body>
    </html>
  );
}
