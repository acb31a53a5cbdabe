'use client';

import { useEffect, useState } from 'react';

/** `value` once it has stayed `same` for `ms` milliseconds; the previous settled value until then. */
export function useDebouncedValue<T>(value: T, ms: number, same: (a: T, b: T) => boolean): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (same(settled, value)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms, same]);
  return settled;
}
