import type { BodyRole, FileImportChange, FileImportRowError } from '@mehrheitsplaner/shared';
import type { EntityManager } from 'typeorm';
import { BodiesError } from '../bodies/bodies.errors';
import type { BodiesService } from '../bodies/bodies.service';
import { BodyMembershipEntity } from '../bodies/body-membership.entity';
import { BodyEntity } from '../bodies/body.entity';
import { CouncilError } from '../council/council.errors';
import { GroupEntity } from '../council/group.entity';
import { MemberEntity } from '../council/member.entity';
import type { MembersService } from '../council/members.service';
import { previousDay } from '../council/membership-rules';
import type { FileTable } from './file-table';
import { germanDay, ImportRows, isoDay, rowError } from './import-columns';
import { isCouncilBody, matchGroup } from './import-lookups';

const COLUMNS = {
  name: { label: 'Name', headers: ['Name', 'Person', 'Mitglied'], required: true },
  group: { label: 'Fraktion', headers: ['Fraktion', 'Gruppe'], required: true },
  body: { label: 'Gremium', headers: ['Gremium', 'Organ'], required: false },
  from: { label: 'von', headers: ['von', 'ab', 'Beginn', 'seit'], required: true },
  to: { label: 'bis', headers: ['bis', 'Ende'], required: false },
  role: { label: 'Rolle', headers: ['Rolle', 'Funktion'], required: false },
};
type Field = keyof typeof COLUMNS;

type Seat = {
  row: number;
  name: string;
  group: GroupEntity;
  from: string;
  to: string | null;
  /** null: the Rat (the council module's memberships); else a committee or district council. */
  body: BodyEntity | null;
  role: BodyRole;
};

/** The Rolle column's words for a seat in a body; blank is a plain member. */
const ROLES: Record<string, BodyRole> = {
  '': 'member',
  mitglied: 'member',
  vorsitz: 'chair',
  vorsitzender: 'chair',
  vorsitzende: 'chair',
  stellvertretung: 'deputy',
  'stellv. mitglied': 'deputy',
  stellvertreter: 'deputy',
  stellvertreterin: 'deputy',
};

export type ImportOutcome = { changes: FileImportChange[]; errors: FileImportRowError[] };

/**
 * `kind=members`: persons and their dated memberships, in the Rat through the council module's
 * owner methods, in committees and district councils through the bodies module's. Runs inside
 * the caller's unit of work; the caller decides commit or rollback.
 */
export class MembersImport {
  private readonly changes: FileImportChange[] = [];
  private readonly errors: FileImportRowError[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly members: MembersService,
    private readonly bodies: BodiesService,
  ) {}

  async run(table: FileTable): Promise<ImportOutcome> {
    const rows = ImportRows.of(table, COLUMNS);
    if (Array.isArray(rows)) return { changes: [], errors: rows };
    const groups = await this.manager.find(GroupEntity);
    const bodies = await this.manager.find(BodyEntity);
    const seats = table.rows
      .map(({ row, cells }) => this.checked(row, cells, rows, groups, bodies))
      .filter((seat): seat is Seat => seat !== null);
    // Rows are applied only when every row is valid: a refused write never hides a bad row.
    if (this.errors.length === 0) {
      for (const seat of seats) await this.apply(seat);
    }
    return { changes: this.changes, errors: this.errors };
  }

  private checked(
    row: number,
    cells: string[],
    rows: ImportRows<Field>,
    groups: GroupEntity[],
    bodies: BodyEntity[],
  ): Seat | null {
    const before = this.errors.length;
    const fail = (field: Field, message: string) =>
      this.errors.push(rowError(row, rows.label(field), message));
    const name = rows.text(cells, 'name');
    if (name === '') fail('name', 'Name fehlt');
    else if (name.length > 200) fail('name', 'Name ist länger als 200 Zeichen');
    const groupText = rows.text(cells, 'group');
    const group = matchGroup(groups, groupText);
    if (groupText === '') fail('group', 'Fraktion fehlt');
    else if (!group) fail('group', `unbekannte Fraktion „${groupText}“`);
    const bodyText = rows.text(cells, 'body');
    const body = isCouncilBody(bodyText)
      ? null
      : bodies.find((b) => [b.key, b.name].some((n) => n.toLowerCase() === bodyText.toLowerCase()));
    if (body === undefined) fail('body', `unbekanntes Gremium „${bodyText}“`);
    const roleText = rows.text(cells, 'role');
    const role = body === null ? 'member' : ROLES[roleText.toLowerCase()];
    if (role === undefined)
      fail('role', `unbekannte Rolle „${roleText}“ (Mitglied, Vorsitz, Stellvertretung)`);
    const fromText = rows.text(cells, 'from');
    const from = isoDay(fromText);
    if (from === null) fail('from', `„${fromText}“ ist kein Datum (TT.MM.JJJJ)`);
    const toText = rows.text(cells, 'to');
    const to = toText === '' ? null : isoDay(toText);
    if (toText !== '' && to === null) fail('to', `„${toText}“ ist kein Datum (TT.MM.JJJJ)`);
    if (from !== null && to !== null && to < from) fail('to', 'endet vor dem Beginn (von)');
    if (this.errors.length > before || !group || from === null) return null;
    if (body === undefined || role === undefined) return null;
    return { row, name, group, from, to, body, role };
  }

  private async apply(seat: Seat): Promise<void> {
    const { row, name, group, from, to, body } = seat;
    const found = await this.manager.find(MemberEntity, {
      where: { name },
      relations: { memberships: true },
      order: { id: 'ASC' },
    });
    if (found.some((m) => m.isMayor)) {
      this.errors.push(
        rowError(row, 'Name', `${name} ist Oberbürgermeister und in keiner Fraktion`),
      );
      return;
    }
    let member = found[0];
    if (!member) {
      member = Object.assign(await this.members.add(name), { memberships: [] });
      this.change(row, 'add', 'member', `${name}: neues Mitglied`);
    }
    const span = `${group.key} ab ${germanDay(from)}${to ? ` bis ${germanDay(to)}` : ''}`;
    if (body !== null) {
      await this.applyBodySeat(seat, member.id, body, `${name}: ${body.name}, ${span}`);
      return;
    }
    try {
      const same = member.memberships.find((m) => m.group.id === group.id && m.from === from);
      if (same) {
        if (same.to === to) this.change(row, 'unchanged', 'membership', `${name}: ${span}`);
        else {
          await this.members.reviseMembership(same.id, member.id, { groupId: group.id, from, to });
          this.change(row, 'update', 'membership', `${name}: ${span}`);
        }
        return;
      }
      // A later seat in another group closes the open one the day before (a group switch).
      const open = member.memberships.find((m) => m.to === null && m.from < from);
      if (open) {
        const closeOn = previousDay(from);
        await this.members.reviseMembership(open.id, member.id, {
          groupId: open.group.id,
          from: open.from,
          to: closeOn,
        });
        this.change(
          row,
          'end',
          'membership',
          `${name}: ${open.group.key} bis ${germanDay(closeOn)}`,
        );
      }
      await this.members.addMembership(member.id, { groupId: group.id, from, to });
      this.change(row, 'add', 'membership', `${name}: ${span}`);
    } catch (error) {
      if (!(error instanceof CouncilError)) throw error;
      this.errors.push(rowError(row, null, error.message));
    }
  }

  /** A seat in a committee or district council; a later end date ends the same seat. */
  private async applyBodySeat(seat: Seat, memberId: number, body: BodyEntity, text: string) {
    const { row, group, from, to, role } = seat;
    try {
      const same = await this.manager.findOne(BodyMembershipEntity, {
        where: { body: { key: body.key }, member: { id: memberId }, from },
      });
      if (!same) {
        await this.bodies.addMembership(body.key, {
          memberId,
          groupKey: group.key,
          from,
          to,
          role,
        });
        this.change(row, 'add', 'membership', text);
      } else if (to !== null && same.to !== to) {
        await this.bodies.endMembership(same.id, to);
        this.change(row, 'end', 'membership', text);
      } else {
        this.change(row, 'unchanged', 'membership', text);
      }
    } catch (error) {
      if (!(error instanceof BodiesError || error instanceof CouncilError)) throw error;
      this.errors.push(rowError(row, null, error.message));
    }
  }

  private change(
    row: number,
    action: FileImportChange['action'],
    subject: FileImportChange['subject'],
    text: string,
  ): void {
    this.changes.push({ row, action, subject, text });
  }
}
