import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Each table has one owner: the module folder that declares its entity. Other modules may read
 * it, but write only by calling the owner's methods, so the owner's rules (membership switches,
 * motion defaults, status checks) hold for every writer. This test finds, with the type checker,
 * every write call (EntityManager, Repository, query builder) in server/src and names the entity
 * it writes; a write on another module's entity fails the test.
 */

const SRC = join(__dirname, '..');
const CONFIG = join(SRC, '..', 'tsconfig.json');

const WRITES = new Set([
  'save',
  'insert',
  'update',
  'upsert',
  'delete',
  'remove',
  'softDelete',
  'softRemove',
  'restore',
  'increment',
  'decrement',
  'clear',
]);

/** The database module runs migrations and transactions; it owns no feature's rules. */
const NOT_CHECKED = [join('database', sep), '.spec.ts'];

/**
 * Foreign writes found after this check came in, left for their owners to move: each entry is
 * `<file> writes <Entity>`. An entry that no longer occurs fails the test, so the list only shrinks.
 * - auth changes a password with its own UPDATE of users' table (users has resetPassword).
 */
const PENDING: string[] = [];

type Write = { file: string; line: number; entity: string; writer: string; owner: string };

function moduleOf(file: string): string {
  return relative(SRC, file).split(sep)[0];
}

function loadProgram(extra: Record<string, string> = {}): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    CONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${CONFIG}`);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => extra[file] ?? readFile(file);
  host.fileExists = (file) => file in extra || ts.sys.fileExists(file);
  return ts.createProgram([...parsed.fileNames, ...Object.keys(extra)], parsed.options, host);
}

function isUnder(file: string): boolean {
  return file.startsWith(SRC + sep) && !NOT_CHECKED.some((part) => file.includes(part));
}

/** Entity class name → the module folder that declares it (`@Entity(...)`). */
function entityOwners(program: ts.Program): Map<string, string> {
  const owners = new Map<string, string>();
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(SRC + sep)) continue;
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const isEntity = ts.getDecorators(statement)?.some((decorator) => {
        const call = decorator.expression;
        return ts.isCallExpression(call) && call.expression.getText(source) === 'Entity';
      });
      if (isEntity) owners.set(statement.name.text, moduleOf(source.fileName));
    }
  }
  return owners;
}

/** The entity class a type names: the class, an instance, an array, a Repository<T>, `E & {…}`. */
function entityName(
  checker: ts.TypeChecker,
  type: ts.Type,
  owners: Map<string, string>,
  depth = 0,
): string | undefined {
  const name = (type.getSymbol() ?? type.aliasSymbol)?.getName();
  if (name && owners.has(name)) return name;
  if (depth > 3) return undefined;
  const inner: ts.Type[] = [];
  if (type.isUnionOrIntersection()) inner.push(...type.types);
  if ((type as ts.TypeReference).target)
    inner.push(...checker.getTypeArguments(type as ts.TypeReference));
  for (const candidate of inner) {
    const found = entityName(checker, candidate, owners, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Every write call in server/src with the entity it writes, where the checker can tell. */
function findWrites(program: ts.Program): Write[] {
  const checker = program.getTypeChecker();
  const owners = entityOwners(program);
  const writes: Write[] = [];
  for (const source of program.getSourceFiles()) {
    if (!isUnder(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        (WRITES.has(node.expression.name.text) || /^(into|from)$/.test(node.expression.name.text))
      ) {
        const method = node.expression.name.text;
        const receiver = checker.getTypeAtLocation(node.expression.expression);
        const receiverName = receiver.getSymbol()?.getName() ?? '';
        const isQueryBuilder = receiverName.endsWith('QueryBuilder');
        // `.from(E)` is only a write after `.delete()`; `.into(E)` only follows `.insert()`.
        const isTargetCall =
          method === 'into' ||
          (method === 'from' && node.expression.getText(source).includes('.delete()'));
        let entity: string | undefined;
        if (receiverName === 'Repository') {
          if (WRITES.has(method)) entity = entityName(checker, receiver, owners);
        } else if (receiverName === 'EntityManager' || (isQueryBuilder && WRITES.has(method))) {
          const first = node.arguments[0];
          if (first) entity = entityName(checker, checker.getTypeAtLocation(first), owners);
        } else if (isQueryBuilder && isTargetCall && node.arguments[0]) {
          entity = entityName(checker, checker.getTypeAtLocation(node.arguments[0]), owners);
        }
        if (entity) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          writes.push({
            file: relative(SRC, source.fileName),
            line: line + 1,
            entity,
            writer: moduleOf(source.fileName),
            owner: owners.get(entity) ?? '?',
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return writes;
}

const describeWrite = (w: Write) => `${w.file}:${w.line} writes ${w.entity} (owner: ${w.owner})`;

describe('table ownership', () => {
  const program = loadProgram();
  const writes = findWrites(program);

  const foreign = writes.filter((write) => write.writer !== write.owner);
  const pendingKey = (write: Write) => `${write.file} writes ${write.entity}`;

  it('should let only the declaring module write an entity (others call its owner)', () => {
    const unexpected = foreign.filter((write) => !PENDING.includes(pendingKey(write)));
    expect(unexpected.map(describeWrite)).toEqual([]);
  });

  it('should list as pending only foreign writes that still exist', () => {
    const found = new Set(foreign.map(pendingKey));
    expect(PENDING.filter((entry) => !found.has(entry))).toEqual([]);
  });

  it('should see the writes of every style the code uses, so an empty list means something', () => {
    const seen = (file: string, entity: string) =>
      writes.some((write) => write.file.endsWith(file) && write.entity === entity);
    expect(seen('motions.service.ts', 'MotionEntity')).toBe(true); // query builder .update(E)
    expect(seen('members.service.ts', 'MembershipEntity')).toBe(true); // manager.save(instance)
    expect(seen('council.service.ts', 'GroupEntity')).toBe(true); // manager.delete(E, …)
    expect(seen('external-refs.ts', 'ExternalRefEntity')).toBe(true);
  });

  it('should report an import that writes the motions table itself', () => {
    const file = join(SRC, 'oparl', 'ownership-probe.ts');
    const probe = [
      "import type { EntityManager } from 'typeorm';",
      "import { MotionEntity } from '../motions/motion.entity';",
      'export async function probe(manager: EntityManager, motion: MotionEntity) {',
      '  await manager.save(motion);',
      "  await manager.getRepository(MotionEntity).update({ id: 1 }, { title: 'x' });",
      '  await manager.createQueryBuilder().delete().from(MotionEntity).execute();',
      '}',
    ].join('\n');
    const found = findWrites(loadProgram({ [file]: probe }))
      .filter((write) => write.file === relative(SRC, file))
      .map((write) => [write.line, write.entity, write.owner]);
    expect(found).toEqual([
      [4, 'MotionEntity', 'motions'],
      [5, 'MotionEntity', 'motions'],
      [6, 'MotionEntity', 'motions'],
    ]);
  });
});
