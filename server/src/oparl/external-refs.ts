import type { EntityManager } from 'typeorm';
import { ExternalRefEntity, type ExternalRefType } from './external-ref.entity';

const keyOf = (type: ExternalRefType, externalId: string) => `${type} ${externalId}`;

/** The external refs of one system, loaded once per import and written through. */
export class ExternalRefs {
  private constructor(
    private readonly manager: EntityManager,
    private readonly system: string,
    private readonly refs: Map<string, ExternalRefEntity>,
  ) {}

  static async load(manager: EntityManager, system: string): Promise<ExternalRefs> {
    const rows = await manager.find(ExternalRefEntity, { where: { system } });
    return new ExternalRefs(
      manager,
      system,
      new Map(rows.map((row) => [keyOf(row.type, row.externalId), row])),
    );
  }

  has(type: ExternalRefType, externalId: string): boolean {
    return this.refs.has(keyOf(type, externalId));
  }

  localId(type: ExternalRefType, externalId: string): number | undefined {
    return this.refs.get(keyOf(type, externalId))?.localId;
  }

  /** Local ids of this type that some external object points to. */
  localIds(type: ExternalRefType): Set<number> {
    const ids = new Set<number>();
    for (const ref of this.refs.values()) if (ref.type === type) ids.add(ref.localId);
    return ids;
  }

  /** Entries of one type whose local id satisfies `match`. */
  entries(type: ExternalRefType, match: (localId: number) => boolean): ExternalRefEntity[] {
    return [...this.refs.values()].filter((ref) => ref.type === type && match(ref.localId));
  }

  /** Creates or updates the link; writes only when something changed. */
  async link(
    type: ExternalRefType,
    externalId: string,
    localId: number,
    modified: string | null,
  ): Promise<void> {
    const existing = this.refs.get(keyOf(type, externalId));
    if (existing) {
      if (existing.localId === localId && existing.modified === modified) return;
      existing.localId = localId;
      existing.modified = modified;
      await this.manager.save(existing);
      return;
    }
    const created = await this.manager.save(
      this.manager.create(ExternalRefEntity, {
        system: this.system,
        type,
        externalId,
        localId,
        modified,
      }),
    );
    this.refs.set(keyOf(type, externalId), created);
  }

  async unlink(type: ExternalRefType, externalId: string): Promise<void> {
    const existing = this.refs.get(keyOf(type, externalId));
    if (!existing) return;
    await this.manager.delete(ExternalRefEntity, { id: existing.id });
    this.refs.delete(keyOf(type, externalId));
  }
}
