// The Danish words of the follow-up plan page (forloeb.html): the hints of
// the plan's input form, keyed by pointer like the document kinds' (labels.js
// merges them in as the kind "opfoelgningsplan", so the same form code and the same
// checks in tests/browser/labels.test.mjs apply), and the names of the
// plan's items, states and documents in the answer (docs/planning.md).
// Plain data.

// The plan's input is the input of the overview document kind (POST /v1/plan
// and POST /v1/documents/opfoelgningsplan read the same JSON).
export const PLAN_KIND = 'opfoelgningsplan';

// The form's hints for the plan's input (labels.js says what a hint is);
// its words are in templates/schemas/opfoelgningsplan.schema.json.
const YES_NO = { yesNo: { true: 'Ja', false: 'Nej' } };

export const PLAN_HINTS = {
  '/policy': { autocomplete: 'off' },
  '/absence/expected_over_4_weeks': YES_NO,
  '/absence/expected_over_8_weeks': YES_NO,
};

export const PLAN_SECTIONS = [
  { title: 'Medarbejderen', members: ['employee'] },
  { title: 'Sygemeldingen', members: ['absence'] },
  { title: 'Det er allerede gjort', members: ['held'] },
  { title: 'Tidligere fravær', members: ['absence_periods'] },
  { title: 'Dato, retningslinjer og varsel', members: ['as_of', 'policy', 'notice_working_days'] },
  { title: 'Leder og afsender', members: ['manager', 'sender'] },
];

// The answer's words.
export const STATES = {
  overdue: 'Overskredet',
  due: 'Skal gøres nu',
  upcoming: 'Kommer senere',
  done: 'Gjort',
};

// The order of the list: what needs the manager first.
export const STATE_ORDER = ['overdue', 'due', 'upcoming', 'done'];

export const WHAT = {
  call: 'Opringning',
  conversation: 'Samtale',
  certificate: 'Lægeerklæring',
  plan: 'Plan',
};

// The button that opens an item's document, by document kind.
export const WRITE = {
  indkaldelse: 'Skriv indkaldelsen',
  notat: 'Skriv notatet',
  referat: 'Skriv referatet',
  fastholdelsesplan: 'Skriv planen',
  laegeerklaering: 'Skriv anmodningen',
  paamindelse: 'Skriv påmindelsen',
  svar_fastholdelsesplan: 'Skriv svaret',
};

export const PLAN_TEXT = {
  may: 'En mulighed, ikke en pligt',
  earliest: 'Tidligst',
  latest: 'Senest',
  summonsBy: 'Send indkaldelsen senest',
  doneOn: 'Gjort',
  source: 'Kilde',
  assumes: 'Forudsætter',
  crossed: (day, count, unit, from) => `Grænsen blev nået ${day}: ${count} ${unit} siden ${from}.`,
  policies: (names) => `Retningslinjer: ${names}.`,
  summary: (s) => `${s.overdue} overskredet, ${s.due} skal gøres nu, ${s.upcoming} kommer senere og ${s.done} gjort.`,
  noItems: 'Planen har ingen punkter for det, du har skrevet.',
  notYet: 'Skriv første sygedag (eller tidligere fraværsperioder) og medarbejderens navn, så vises planen her.',
  cannotPlan: 'Planen kan ikke laves endnu. Ret fejlene – de står øverst og ved felterne.',
  makingPdf: 'Laver oversigten som PDF …',
  makingCalendar: 'Laver kalenderfilen …',
  pdfDownloaded: 'Oversigten er hentet som PDF.',
  calendarDownloaded: 'Kalenderfilen er hentet. Åbn den for at lægge punkterne i din kalender.',
  notOffered: 'Tjenesten kan ikke lave denne fil endnu.',
  opening: 'Åbner dokumentet …',
  // The timeline figure.
  axis: 'Uger efter første sygedag',
  axisFrom: (day) => `Uger efter ${day}`,
  today: 'Planens dato',
  figureSummary: (count, weeks) => `Tidslinjen viser ${count} punkter over ${weeks} uger: hvert punkt som en bjælke fra tidligst til senest, fristen som en lodret streg og planens dato som en stiplet linje. De samme punkter står med datoer i listen herunder.`,
  legendDeadline: 'Frist',
  legendSummons: 'Send indkaldelse',
};
