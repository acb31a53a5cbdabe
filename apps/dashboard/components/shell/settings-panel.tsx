'use client';

import { type FormEvent, useState } from 'react';
import { useApiSettings } from '../api/api-settings-context.tsx';

/** The API key, kept in this browser; the API URL is the dashboard server's configuration. */
export function SettingsPanel() {
  const { settings, saveKey } = useApiSettings();
  const [open, setOpen] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saveKey(String(new FormData(event.currentTarget).get('key') ?? ''));
    setOpen(false);
  }

  return (
    <div className="settings">
      <button type="button" className="button secondary" onClick={() => setOpen(!open)} aria-expanded={open}>
        Settings
      </button>
      {open && settings ? (
        <form className="settings-panel card" onSubmit={onSubmit} aria-label="API settings">
          <div>
            <div className="muted">API</div>
            <code>{settings.url}</code>
            <div className="muted">Set by DASHBOARD_API_URL where the dashboard runs.</div>
          </div>
          <label>
            API key
            <input name="key" type="password" defaultValue={settings.key} autoComplete="off" />
          </label>
          <p className="muted">Stored in this browser only. Leave blank to use the server's default key.</p>
          <div className="row">
            <button type="submit" className="button">
              Save
            </button>
            <button type="button" className="button secondary" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
