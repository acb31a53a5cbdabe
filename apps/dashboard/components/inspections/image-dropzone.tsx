'use client';

import { type DragEvent, useRef, useState } from 'react';

/** The types the API's inspect accepts (it sniffs PNG, JPEG, WebP and TIFF from the bytes: docs/API.md). */
export const ACCEPTED_IMAGE_TYPES = 'image/png,image/jpeg,image/webp,image/tiff';

/** Accepts one image by drag and drop or the file picker. */
export function ImageDropzone({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function take(files: FileList | null) {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a drop target cannot be a native button (it holds a file input)
    <div
      className={dragging ? 'dropzone dragging' : 'dropzone'}
      role="button"
      tabIndex={0}
      aria-disabled={disabled}
      data-testid="dropzone"
      onClick={() => input.current?.click()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') input.current?.click();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <strong>Drop an image here</strong> or click to choose one (PNG, JPEG, WebP or TIFF)
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_IMAGE_TYPES}
        hidden
        data-testid="file-input"
        onChange={(e) => take(e.target.files)}
      />
    </div>
  );
}
