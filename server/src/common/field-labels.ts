/**
 * The German names of the request fields, for validation messages: a person reads „Titel“, not
 * „title“. A field missing here is shown by its API name (as every field a request may not send).
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  absent: 'Abwesende',
  abstain: 'Enthaltungen',
  action: 'Aktion',
  active: 'Aktiv',
  actor: 'Person',
  agendaItemId: 'Tagesordnungspunkt',
  ballots: 'Stimmzettel',
  bodyKey: 'Gremium',
  chairVotes: 'Stimmrecht des Vorsitzes',
  chapter: 'Kapitel',
  coalition: 'Koalition',
  color: 'Farbe',
  confidence: 'Sicherheit',
  contact: 'Kontakt',
  currentPassword: 'Bisheriges Passwort',
  date: 'Datum',
  description: 'Beschreibung',
  deviations: 'Abweichungen',
  dryRun: 'Probelauf',
  entityId: 'Objekt',
  entityType: 'Objektart',
  excluded: 'Ausgeschlossen',
  firm: 'Fest dabei',
  from: 'Von',
  full: 'Vollständig',
  groupCounts: 'Stimmen je Fraktion',
  groupKey: 'Fraktion',
  key: 'Kürzel',
  kind: 'Art',
  lang: 'Sprache',
  limit: 'Anzahl',
  majorityRule: 'Mehrheit',
  mayorVotes: 'Stimmrecht des Ratsvorsitzes',
  meetingDate: 'Sitzungsdatum',
  meetingId: 'Sitzung',
  memberId: 'Mitglied',
  members: 'Mitglieder',
  missingAbsent: 'Fehlende als abwesend',
  motionId: 'Antrag',
  name: 'Name',
  newPassword: 'Neues Passwort',
  no: 'Nein-Stimmen',
  notVoting: 'Nicht abstimmend',
  note: 'Notiz',
  noteInternal: 'Interne Notiz',
  number: 'Nummer',
  offset: 'Versatz',
  on: 'Datum',
  password: 'Passwort',
  personId: 'Person',
  pledgeIds: 'Vorhaben',
  policyArea: 'Politikfeld',
  position: 'Position',
  q: 'Suchbegriff',
  quorumRule: 'Beschlussfähigkeit',
  reason: 'Begründung',
  reference: 'Drucksache',
  requiredMajority: 'Erforderliche Mehrheit',
  result: 'Ergebnis',
  role: 'Rolle',
  sponsor: 'Antragsteller',
  sponsorGroupKeys: 'Antragsteller',
  split: 'Aufteilung',
  stance: 'Haltung',
  status: 'Status',
  submittedOn: 'Eingereicht am',
  title: 'Titel',
  to: 'Bis',
  type: 'Art',
  url: 'Adresse',
  username: 'Benutzername',
  version: 'Version',
  vote: 'Stimme',
  withoutMajority: 'Ohne Mehrheit',
  yes: 'Ja-Stimmen',
};

/**
 * A field's path (`title`, `ballots.0.vote`) as a person reads it: the German name of its last
 * part, and where it sits in a list (`„Stimme“ (Stimmzettel Nr. 1)`).
 */
export function fieldName(path: string): string {
  const parts = path.split('.');
  const own = parts.pop() ?? path;
  const label = (part: string) => FIELD_LABELS[part] ?? part;
  const named = `„${label(own)}“`;
  if (parts.length === 0) return named;
  const where = parts
    .map((part) => (/^\d+$/.test(part) ? `Nr. ${Number(part) + 1}` : label(part)))
    .join(' ');
  return `${named} (${where})`;
}
