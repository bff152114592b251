import type { MikroORM } from '@mikro-orm/postgresql';

export async function seedIfEmpty(_orm: MikroORM): Promise<string | null> {
  return null;
}
