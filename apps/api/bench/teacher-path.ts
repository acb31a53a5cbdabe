import { isAbsolute, resolve } from 'node:path';

/**
 * `pnpm --filter @destseg/api bench` runs the bench in apps/api, but a relative `DESTSEG_TEACHER` was typed
 * from where the command was started (pnpm's `INIT_CWD`, the repository root in the docs): make it absolute
 * before the API processes, started elsewhere, inherit it.
 */
export function absoluteTeacherPath(env: NodeJS.ProcessEnv = process.env): void {
  const teacher = env.DESTSEG_TEACHER;
  if (!teacher || isAbsolute(teacher) || /^[a-z]+:\/\//i.test(teacher)) return;
  env.DESTSEG_TEACHER = resolve(env.INIT_CWD ?? process.cwd(), teacher);
}
