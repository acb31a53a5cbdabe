'use client';

import { type FormEvent, useState } from 'react';
import { useApiSettings } from '../api/api-settings-context.tsx';

/** API URL and key, kept in this browser; blank fields fall back to the server's defaults. */
export function SettingsPanel() {
  const { settings, defaults, save } = useApiSettings();
  const [open, setOpen] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save({ url: String(form.get('url') ?? ''), key: String(form.get('key') ?? '') });
    setOpen(false);
  }

  return (
    <div className="settings">
      <button type="button" className="button secondary" onClick={() => setOpen(!open)} aria-expanded={open}>
        Settings
      </button>
      {open && settings ? (
        <form className="settings-panel card" onSubmit={onSubmit} aria-label="API settings">
          <label>
            API URL
            <input name="url" type="url" defaultValue={settings.url} placeholder={defaults.url} />
          </label>
          <label>
            API key
            <input name="key" type="password" defaultValue={settings.key} autoComplete="off" />
          </label>
          <p className="muted">Stored in this browser only. Leave blank to use the server's defaults.</p>
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
