// Every Danish sentence the page's scripts write (the static ones are in
// index.html, the fields' words in labels.js), in one place so that they can
// be read through and spell-checked (tests/browser/labels.test.mjs).
// Plain data and pure functions.

const plural = (n, one, many) => (n === 1 ? one : many);

export const TEXT = {
  requiredTitle: 'Skal udfyldes',
  requiredSpoken: ' (skal udfyldes)',
  timeLabel: 'Klokkeslæt (kan udelades)',
  choose: 'Vælg …',
  none: '(ingen)',
  unknown: 'Ved ikke',
  prefilled: 'Formularen er udfyldt ud fra forløbet. Udfyld resten, og se dokumentet.',
  inspiration: 'Spørgsmål til inspiration',
  defaultItem: 'Række',
  add: (item) => `Tilføj ${item}`,
  remove: 'Fjern',
  removeSpoken: (item) => `Fjern ${item}`,
  otherSection: 'Øvrige oplysninger',
  errorPrefix: 'Fejl: ',
  warningPrefix: 'Bemærk: ',
  errorsHeading: (n) => plural(n, 'Der er 1 fejl, som skal rettes', `Der er ${n} fejl, som skal rettes`),
  warningsHeading: (n) => plural(n, '1 advarsel – dokumentet kan stadig laves', `${n} advarsler – dokumentet kan stadig laves`),
  warningsAfterDocument: (n) => (!n ? '' : plural(n, ' Der er 1 advarsel.', ` Der er ${n} advarsler.`)),
  unreachable: 'Tjenesten svarer ikke lige nu. Det, du har skrevet, er gemt i browseren – prøv igen om lidt.',
  keyRequired: 'Tjenesten kræver en API-nøgle. Skriv den under »API-nøgle« nederst på siden.',
  keyUnknown: 'API-nøglen er ikke gyldig. Ret den under »API-nøgle« nederst på siden.',
  serviceError: (status) => `Tjenesten svarede med en fejl (status ${status}).`,
  schemaUnavailable: 'Formularen kunne ikke hentes fra tjenesten. Genindlæs siden om lidt.',
  makingDocument: 'Laver dokumentet …',
  makingMemo: 'Laver beskeden til Digital Post …',
  cannotMakeYet: 'Dokumentet kan ikke laves endnu. Ret fejlene – de står øverst og ved felterne.',
  previewShown: 'Dokumentet vises herunder.',
  pdfDownloaded: 'PDF\'en er hentet.',
  memoDownloaded: 'Beskeden til Digital Post er hentet.',
  cleared: 'Formularen er ryddet, og intet af det, du skrev, er gemt i browseren længere.',
};

// Every text with sample values filled in (for the spelling check).
export function allMessages() {
  return Object.values(TEXT).map((value) => (typeof value === 'function' ? value(2) : value))
    .concat([TEXT.errorsHeading(1), TEXT.warningsHeading(1), TEXT.warningsAfterDocument(1), TEXT.add('aftale')]);
}
