// The Danish words of the follow-up plan page (forloeb.html): the labels of
// the plan's input form, keyed by pointer like the document kinds' (labels.js
// merges them in as the kind "opfoelgningsplan", so the same form code and the same
// checks in tests/browser/labels.test.mjs apply), and the names of the
// plan's items, states and documents in the answer (docs/planning.md).
// Plain data.

// The plan's input is the input of the overview document kind (POST /v1/plan
// and POST /v1/documents/opfoelgningsplan read the same JSON).
export const PLAN_KIND = 'opfoelgningsplan';

const HELD_TYPES = {
  opringning: 'Opringning',
  fravaerssamtale: 'Fraværssamtale (§ 7 a)',
  omsorgssamtale: 'Omsorgssamtale',
  statussamtale: 'Statussamtale',
  spredt_fravaer: 'Samtale om spredt fravær',
  opfoelgningssamtale: 'Opfølgningssamtale om spredt fravær',
  friattest: 'Friattest',
  varighedserklaering: 'Varighedserklæring',
  mulighedserklaering: 'Mulighedserklæring',
  fastholdelsesplan: 'Fastholdelsesplan (§ 7 b)',
};

const EXPECTED = (weeks) => ({
  label: `Ventes fraværet at vare mere end ${weeks} uger?`,
  yesNo: { true: 'Ja', false: 'Nej' },
  help: 'Ved du det ikke, viser planen det, der kan blive aktuelt, og skriver, hvad det forudsætter.',
});

export const PLAN_LABELS = {
  '/as_of': { label: 'Planen gælder pr.', help: 'Normalt i dag. Om noget er gjort, skal gøres nu eller er overskredet, regnes ud fra denne dag.' },
  '/policy': {
    label: 'Retningslinjer',
    help: 'Tom: organisationens egne retningslinjer. Lovens minimum gælder altid ved siden af.',
    autocomplete: 'off',
  },
  '/notice_working_days': { label: 'Varsel i arbejdsdage', help: 'Arbejdsdage mellem indkaldelsen og samtalen. Tom: organisationens varsel.' },
  '/employee/cpr': {
    label: 'CPR-nummer',
    help: 'Kan udelades. Følger kun med til de dokumenter, du åbner herfra (til beskeden til Digital Post). Gemmes kun, så længe fanen er åben.',
    session: true,
    autocomplete: 'off',
    placeholder: 'DDMMÅÅ-LLLL',
  },
  '/absence': { label: 'Sygemeldingen', help: 'Den nuværende eller seneste sygemelding.' },
  '/absence/first_day': { label: 'Første sygedag', help: 'Alle frister regnes fra denne dag.' },
  '/absence/last_day': { label: 'Sidste sygedag', help: 'Kun når medarbejderen er tilbage på arbejde.' },
  '/absence/expected_over_4_weeks': EXPECTED(4),
  '/absence/expected_over_8_weeks': EXPECTED(8),
  '/absence/partial_return': { label: 'Delvis raskmelding', item: 'Periode' },
  '/absence/partial_return/*/from': { label: 'Fra' },
  '/absence/partial_return/*/to': { label: 'Til', help: 'Tom: stadig delvis raskmeldt.' },
  '/absence_periods': {
    label: 'Tidligere fraværsperioder',
    item: 'Periode',
    help: 'Det afsluttede fravær i de seneste 6 måneder. Bruges til at se, om der er tale om spredt fravær.',
  },
  '/absence_periods/*/from': { label: 'Fra' },
  '/absence_periods/*/to': { label: 'Til', help: 'Tom: samme dag.' },
  '/absence_periods/*/days': { label: 'Antal dage', help: 'Som fraværssystemet tæller dem, f.eks. 2,5. Tom: arbejdsdagene i perioden.' },
  '/held': {
    label: 'Samtaler, opringninger og erklæringer',
    item: 'Hændelse',
    help: 'Det, der allerede er gjort i dette forløb, med datoen. En holdt samtale flytter den næste.',
  },
  '/held/*/type': { label: 'Hvad', options: HELD_TYPES },
  '/held/*/date': { label: 'Dato' },
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
