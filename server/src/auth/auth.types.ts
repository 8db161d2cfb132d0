import type { Role } from '@mehrheitsplaner/shared';

export type AuthUser = { id: number; username: string; role: Role; groupKey: string | null };
