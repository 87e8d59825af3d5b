// Every Danish sentence the dialogue page's scripts write (the static ones
// are in dialog.html; the questionnaires' own words come from the service),
// in one place so that they can be read through and spell-checked
// (tests/browser/labels.test.mjs). Plain data and pure functions.

// The document kinds this page makes (the document page at / leaves them out).
export const DIALOGUE_KINDS = ['spoergeskema', 'dialogresultat', 'handleplan'];

const plural = (n, one, many) => (n === 1 ? one : many);

// 3.4 → "3,4" (one decimal with a comma, as the documents print it).
export function decimal(value) {
  return value === null || value === undefined ? '–' : value.toFixed(1).replace('.', ',');
}

export const DIALOG_TEXT = {
  higherMed: 'Kan også drøftes i MED-udvalg højere oppe i organisationen.',
  kept: (n) => plural(n, 'Der er gemt 1 besvarelse i denne browser.', `Der er gemt ${n} besvarelser i denne browser.`),
  saved: (n) => `Besvarelsen er gemt. ${plural(n, 'Der er nu 1 besvarelse.', `Der er nu ${n} besvarelser.`)} Formularen er tom igen til den næste.`,
  nothingAnswered: 'Sæt mindst ét kryds, før besvarelsen gemmes.',
  exported: (n) => plural(n, '1 besvarelse er hentet som fil.', `${n} besvarelser er hentet som fil.`),
  nothingToExport: 'Der er ingen besvarelser at eksportere endnu.',
  imported: (added, total) => `${plural(added, '1 besvarelse er indlæst', `${added} besvarelser er indlæst`)}. Der er nu ${total} i alt.`,
  notAnswersFile: (name) => `Filen »${name}« er ikke en fil med besvarelser fra dialogværktøjet. Intet er indlæst fra den.`,
  otherQuestionnaire: (name, title) => `Filen »${name}« har besvarelser til spørgeskemaet »${title}«, ikke til det valgte. Vælg det spørgeskema først, eller indlæs en anden fil. Intet er indlæst fra den.`,
  alreadyKept: (name) => `Besvarelserne i filen »${name}« er allerede gemt her. De er ikke indlæst igen.`,
  deleted: 'Besvarelserne til dette spørgeskema er slettet fra browseren.',
  cleared: 'Alt, hvad siden havde gemt i browseren, er slettet.',
  unknownQuestionnaire: 'et andet spørgeskema',
  loadFailed: 'Spørgeskemaerne kunne ikke hentes fra tjenesten. Genindlæs siden om lidt.',
  needAnswers: 'Gem mindst én besvarelse eller indlæs en fil med besvarelser, før resultatet kan vises.',
  makingScores: 'Regner resultatet ud …',
  scoresShown: (n) => plural(n, 'Resultatet af 1 besvarelse vises herunder.', `Resultatet af ${n} besvarelser vises herunder.`),
  answerAt: (respondent, question) => `Besvarelse ${respondent}, udsagn ${question}: `,
  cannotScore: 'Resultatet kan ikke laves endnu. Ret fejlene – de står øverst på siden.',
  makingPdf: 'Laver PDF\'en …',
  questionnaireDownloaded: 'Spørgeskemaet er hentet som PDF.',
  resultDownloaded: 'Resultatet er hentet som PDF.',
  planDownloaded: 'Handleplanen er hentet som PDF.',
  makingCalendar: 'Laver kalenderfilen …',
  calendarDownloaded: 'Kalenderfilen med opfølgningsdatoerne er hentet.',
  cannotPlan: 'Handleplanen kan ikke laves endnu. Ret fejlene – de står øverst og ved felterne.',
  notOffered: 'Tjenesten kan ikke lave den fil endnu.',
  chartTitle: 'Gennemsnit og spredning for hver byggesten',
  chartDescription: (n) => `Et vandret søjlediagram med ${n} byggesten på skalaen fra 1 (slet ikke) til 5 (i meget høj grad). Søjlen går til gennemsnittet, stregen viser spredningen på hver side af det. Tabellen herunder har de samme tal.`,
  legendBar: 'Søjle: gennemsnit',
  legendLine: 'Streg: gennemsnit ± spredning',
  noAnswers: 'ingen svar',
  tableCaption: 'Tallene for hver byggesten',
  questionsCaption: 'Tallene for hvert udsagn',
  block: 'Byggesten',
  question: 'Udsagn',
  answers: 'Svar',
  mean: 'Gennemsnit',
  spread: 'Spredning',
  reasonLow: (mean) => `Lav score: gennemsnit ${mean}`,
  reasonSpread: (spread) => `Stor spredning: ${spread} – I er uenige`,
  noCandidates: 'Ingen udsagn skiller sig ud med en lav score eller en stor spredning.',
  votes: (n) => plural(n, '1 stemme', `${n} stemmer`),
  noPriorities: 'Der er ikke valgt nogen prioriteter endnu (trin 3).',
  votesWord: 'Stemmer',
  votesOn: (title) => ` på ${title}`,
  optional: ' (kan udelades)',
  choosePriorities: 'Vælg mindst én byggesten i trin 3, så kan I skrive handleplanen for den her.',
  what: 'Hvad vil vi gøre?',
  who: 'Hvem gør hvad?',
  when: 'Hvornår?',
  whenHelp: 'Med jeres egne ord, f.eks. »Fra januar« eller »Senest 1. februar«.',
  effect: 'Hvilken effekt håber vi på?',
  evidence: 'Hvordan vil vi se det?',
  followUp: 'Opfølgningsdato',
  signerName: 'Navn',
  signerRole: 'Rolle (kan udelades)',
  removeSigner: (n) => `Fjern underskriver ${n}`,
  remove: 'Fjern',
};

// Every text with sample values filled in (for the spelling check).
export function allDialogTexts() {
  return Object.values(DIALOG_TEXT).map((value) => (typeof value === 'function' ? value(2, 'Tydelig ledelse') : value))
    .concat([DIALOG_TEXT.kept(1), DIALOG_TEXT.saved(1), DIALOG_TEXT.exported(1), DIALOG_TEXT.imported(1, 1),
      DIALOG_TEXT.scoresShown(1), DIALOG_TEXT.votes(1)]);
}
