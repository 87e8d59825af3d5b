// The Danish words of the form: labels, help texts and option names for
// every field of every document kind, keyed by the field's pointer into the
// document ("*" for any array index, see schema-fields.js). A kind's own
// entry wins over the common one. HIDDEN lists members the form leaves out
// on purpose (the Digital Post envelope's technical members and the archive
// copy). tests/browser/labels.test.mjs checks against the served schemas
// that every field is labelled or hidden and that every key here exists.
//
// Entry: { label, help?, item? (the name of one row or line), options?
// ({value: name}), optionHelp? ({value: text}), top? (shown at the top of
// the page next to the choice of document), showWhen? ({field, values}: only
// while a sibling field has one of these values), session? (kept only while
// the tab is open), inputType?, autocomplete?, placeholder?, inspiration?
// ({dependsOn: data path, lists: name in INSPIRATION}), yesNo? ({true, false}:
// a yes/no field asked as a choice with "Ved ikke", so "unknown" is sent as
// no value at all) }. The plan page's input is the kind "opfoelgningsplan"
// (plan-labels.js); the document page does not offer it.
// Legal references are written with no-break spaces ("§ 7 a") so a line never breaks inside them.

import { PLAN_KIND, PLAN_LABELS, PLAN_SECTIONS } from './plan-labels.js';

export const KINDS = [
  {
    kind: 'indkaldelse',
    label: 'Indkaldelse til en samtale',
    help: 'Brevet, der kalder medarbejderen til en samtale om sygefraværet. Det sendes til medarbejderens Digital Post.',
  },
  {
    kind: 'referat',
    label: 'Referat af en samtale',
    help: 'Referatet af en samtale. Det læses op til sidst, underskrives af jer begge og sendes til medarbejderens Digital Post.',
  },
  {
    kind: 'notat',
    label: 'Notat til personalemappen',
    help: 'Et notat efter en telefonsamtale eller en omsorgssamtale. Det sendes til medarbejderens Digital Post og skal ikke godkendes.',
  },
  {
    kind: 'fastholdelsesplan',
    label: 'Fastholdelsesplan (§ 7 b)',
    help: 'En plan for, hvordan medarbejderen kan vende tilbage. Medarbejderen kan bede om den, når fraværet ventes at vare mere end 8 uger.',
  },
  {
    kind: 'paamindelse',
    label: 'Påmindelse om referat til underskrift',
    help: 'Et brev til medarbejderen, når et referat ikke blev underskrevet ved samtalen og endnu ikke er kommet underskrevet tilbage.',
  },
  {
    kind: 'laegeerklaering',
    label: 'Anmodning om friattest eller varighedserklæring',
    help: 'Et brev, der beder medarbejderen om en erklæring fra lægen: en friattest om fraværet eller en varighedserklæring om, hvor længe det ventes at vare.',
  },
  {
    kind: 'svar_fastholdelsesplan',
    label: 'Svar på anmodning om fastholdelsesplan',
    help: 'Dit svar, når medarbejderen har bedt om en fastholdelsesplan: en invitation til at lave den sammen, eller at der ikke er behov for en plan og hvorfor.',
  },
];

export const HIDDEN = new Set(['/message_uuid', '/created', '/reservation_uuid', '/case_system', '/attachments', '/archive']);

const MEETING_TYPES = {
  omsorgssamtale: 'Omsorgssamtale',
  fravaerssamtale: 'Fraværssamtale (§ 7 a)',
  statussamtale: 'Statussamtale (efter 4 uger og derefter)',
  spredt_fravaer: 'Fraværssamtale om spredt fravær',
  opfoelgningssamtale: 'Opfølgningssamtale om spredt fravær',
  mulighedserklaering: 'Samtale om mulighedserklæring (§ 36 a)',
};

const MEETING_TYPE_HELP = {
  omsorgssamtale: 'Når du oplever, at noget har ændret sig, eller når medarbejderen eller en kollega beder om det. Der skrives et notat med konkrete aftaler.',
  fravaerssamtale: 'Når medarbejderen har været sygemeldt i 2 uger, og fraværet ventes at vare mere end 4 uger. Samtalen skal holdes senest 4 uger efter første sygedag (sygedagpengelovens § 7 a).',
  statussamtale: 'Efter 4 ugers sygemelding og derefter hver 4. uge – også ved delvis genoptagelse af arbejdet.',
  spredt_fravaer: 'Når medarbejderen har haft 5 fraværsperioder inden for 6 måneder. Vis fraværet i et fraværskort.',
  opfoelgningssamtale: 'Når I ved sidste samtale aftalte at følge op på spredt fravær, typisk efter 2–3 måneder.',
  mulighedserklaering: 'Når I sammen skal udfylde første del af en mulighedserklæring om arbejdsopgaver og funktioner. Det kan I gøre når som helst i et sygeforløb; anden del udfylder medarbejderens egen læge.',
};

const FORMS = { fremmoede: 'Fremmøde', telefon: 'Telefon', video: 'Video' };

// When, how and where a letter calls the employee to meet (model/meeting_slot.h).
const SUMMONED_MEETING = {
    '/meeting/form': {
      label: 'Samtaleform',
      options: FORMS,
      help: 'Kan medarbejderen ikke møde op på grund af sygdom, kan samtalen holdes over telefonen.',
    },
    '/meeting/location': { label: 'Sted', placeholder: 'F.eks. mødelokale 2, Rådhuset', showWhen: { field: 'form', values: ['fremmoede'] } },
    '/meeting/phone': {
      label: 'Telefonnummer',
      help: 'Det nummer, du ringer medarbejderen op på.',
      inputType: 'tel',
      showWhen: { field: 'form', values: ['telefon'] },
    },
    '/meeting/link': {
      label: 'Link til videomødet',
      help: 'En https://-adresse. Står feltet tomt, skriver brevet, at linket kommer på e-mail.',
      inputType: 'url',
      showWhen: { field: 'form', values: ['video'] },
    },
};

const COMMON = {
  '/sender': { label: 'Afsender', help: 'Den organisation, der sender dokumentet. Står øverst på dokumentet.' },
  '/sender/name': { label: 'Organisation', placeholder: 'F.eks. Eksempel Kommune', autocomplete: 'organization' },
  '/sender/unit': { label: 'Enhed eller arbejdssted' },
  '/sender/address': { label: 'Adresse', autocomplete: 'street-address' },
  '/sender/cvr': { label: 'CVR-nummer', help: '8 cifre. Bruges også til beskeden til Digital Post.' },
  '/sender/contact': { label: 'Kontaktperson' },
  '/sender/contact/name': { label: 'Navn' },
  '/sender/contact/phone': { label: 'Telefon', inputType: 'tel' },
  '/sender/contact/email': { label: 'E-mail' },
  '/sender/contact/web': { label: 'Webadresse', placeholder: 'Adressen på hjemmesiden' },
  '/document': { label: 'Dokumentet' },
  '/document/date': { label: 'Dokumentets dato', help: 'Varsel og frister regnes ud fra denne dato.' },
  '/document/case_number': { label: 'Sagsnummer' },
  '/employee': { label: 'Medarbejder' },
  '/employee/name': { label: 'Navn', autocomplete: 'off' },
  '/employee/first_name': { label: 'Fornavn i hilsenen', help: 'Brevet begynder med »Kære …«. Står feltet tomt, bruges hele navnet.' },
  '/employee/address': { label: 'Postadresse', item: 'Adresselinje', help: 'Én linje i hvert felt, f.eks. vej og nummer og derefter postnummer og by.' },
  '/employee/cpr': {
    label: 'CPR-nummer',
    help: 'Kun til beskeden til Digital Post – det står aldrig i dokumentet. Gemmes kun, så længe fanen er åben.',
    session: true,
    autocomplete: 'off',
    placeholder: 'DDMMÅÅ-LLLL',
  },
  '/manager': { label: 'Leder' },
  '/manager/name': { label: 'Navn' },
  '/manager/title': { label: 'Stilling', placeholder: 'F.eks. afdelingsleder' },
  '/absence': { label: 'Fravær' },
  '/absence/first_day': {
    label: 'Første sygedag',
    help: 'Bruges til at kontrollere fristen i sygedagpengelovens § 7 a: en personlig samtale senest 4 uger efter første sygedag.',
  },
  '/absence/employment_ends': {
    label: 'Fratræder (kun ved opsigelse)',
    help: 'Den sidste ansættelsesdag, hvis medarbejderen er opsagt. Fratræder medarbejderen inden for 8 uger efter første sygedag, er der ikke pligt til samtalen efter § 7 a.',
  },
  '/meeting': { label: 'Tid og sted' },
  '/meeting/type': { label: 'Samtaletype', options: MEETING_TYPES, optionHelp: MEETING_TYPE_HELP, top: true },
  '/meeting/start': { label: 'Starttidspunkt' },
  '/meeting/end': { label: 'Sluttidspunkt' },
  '/meeting/location': { label: 'Sted', placeholder: 'F.eks. mødelokale 2, Rådhuset' },
  '/bisidder': { label: 'Bisidder', help: 'Udfyld kun, hvis medarbejderen har en bisidder med, f.eks. tillidsrepræsentanten.' },
  '/bisidder/name': { label: 'Navn' },
  '/bisidder/role': { label: 'Rolle', placeholder: 'F.eks. TR' },
  '/purpose': { label: 'Indledning', help: 'Lad feltet stå tomt for at bruge den faste indledning for samtaletypen.' },
  '/message': { label: 'Personlig besked', help: 'Et afsnit fra dig, som kommer efter indledningen.' },
  '/agreements': { label: 'Aftaler', item: 'Aftale' },
};

const BY_KIND = {
  indkaldelse: {
    ...SUMMONED_MEETING,
    '/bisidder': { label: 'Bisidder', help: 'Udfyld kun, hvis medarbejderen allerede har valgt en bisidder. Ellers opfordrer brevet medarbejderen til at tage en med.' },
    '/participants': { label: 'Andre deltagere', item: 'Deltager', help: 'Andre end medarbejderen, dig og bisidderen.' },
    '/participants/*/name': { label: 'Navn' },
    '/participants/*/role': { label: 'Rolle' },
    '/purpose': { label: 'Indledning', help: 'Erstatter den faste indledning for samtaletypen. Lad feltet stå tomt for at bruge den.' },
    '/topics': { label: 'Flere emner', item: 'Emne', help: 'Kommer oven i de faste emner for samtaletypen. Skriv aldrig noget om en diagnose.' },
    '/absence_periods': {
      label: 'Fraværsperioder (fraværskort)',
      item: 'Periode',
      help: 'Skal udfyldes ved en samtale om spredt fravær. Brevet viser perioderne i en tabel.',
    },
    '/absence_periods/*/from': { label: 'Fra' },
    '/absence_periods/*/to': { label: 'Til', help: 'Tom: samme dag.' },
    '/absence_periods/*/days': { label: 'Antal dage', help: 'Som fraværssystemet tæller dem, f.eks. 2,5. Tom: arbejdsdagene i perioden.' },
    '/previous_meeting': { label: 'Dato for sidste samtale' },
    '/reply_by': { label: 'Svarfrist', help: 'Passer tidspunktet ikke, skal medarbejderen give besked senest denne dag.' },
  },
  referat: {
    '/meeting/form': {
      label: 'Samtaleform',
      options: FORMS,
      help: 'Kunne medarbejderen ikke møde op på grund af sygdom, blev samtalen måske holdt over telefonen.',
    },
    '/meeting/location': { label: 'Sted', placeholder: 'F.eks. mødelokale 2, Rådhuset', showWhen: { field: 'form', values: ['fremmoede'] } },
    '/others_present': { label: 'Andre til stede', item: 'Person' },
    '/others_present/*/name': { label: 'Navn' },
    '/others_present/*/role': { label: 'Rolle' },
    '/status': {
      label: 'Status fra samtalen',
      help: 'Hvad talte I om? En tom linje starter et nyt afsnit. Skriv ikke, hvad medarbejderen fejler, medmindre medarbejderen selv har fortalt det og ønsker det skrevet ned.',
      inspiration: { dependsOn: 'meeting.type', lists: 'meeting' },
    },
    '/return_options': { label: 'Muligheder for at vende tilbage', item: 'Mulighed', help: 'F.eks. færre timer, andre opgaver eller hjælpemidler.' },
    '/agreements': {
      label: 'Aftaler',
      item: 'Aftale',
      help: 'Hvad aftaler I, hvem gør det, og hvornår? Mulige redskaber: omlagt arbejdstid, ændrede opgaver, færre timer, støtte fra kolleger og ledelse, samarbejde med jobcentret eller en § 56-aftale.',
    },
    '/agreements/*/what': { label: 'Hvad' },
    '/agreements/*/who': { label: 'Hvem' },
    '/agreements/*/when': { label: 'Hvornår', help: 'F.eks. »Uge 50«. Udfyld enten dette felt eller fristen.' },
    '/agreements/*/deadline': { label: 'Frist', help: 'Står i referatet som »Senest …«.' },
    '/next_meeting': { label: 'Næste samtale', help: 'Udfyld enten næste samtale eller teksten om den.' },
    '/next_meeting/type': { label: 'Samtaletype', options: MEETING_TYPES },
    '/next_meeting/start': { label: 'Starttidspunkt' },
    '/next_meeting/end': { label: 'Sluttidspunkt' },
    '/next_meeting/location': { label: 'Sted' },
    '/next_meeting_text': { label: 'Næste samtale som tekst', help: 'F.eks. »Vi aftaler et nyt tidspunkt i januar.«' },
    '/read_aloud': { label: 'Referatet blev læst op ved samtalens afslutning' },
    '/signed_at_meeting': { label: 'Referatet blev underskrevet ved samtalen', help: 'Ellers beder referatet medarbejderen om at skrive under og sende det tilbage.' },
    '/return_by': { label: 'Sendes underskrevet tilbage senest', help: 'Kun når referatet ikke blev underskrevet ved samtalen.' },
    '/recorded': { label: 'Samtalen blev optaget efter fælles aftale' },
    '/employee_comments': { label: 'Medarbejderens bemærkninger', help: 'Medarbejderens egne ord. De står i et afsnit for sig.' },
    '/absence/first_day': {
      label: 'Første sygedag',
      help: 'Står ikke i referatet. Bruges til at kontrollere fristen i sygedagpengelovens § 7 a: en personlig samtale senest 4 uger efter første sygedag.',
    },
  },
  notat: {
    '/note': { label: 'Dato og form' },
    '/note/type': {
      label: 'Samtaletype',
      top: true,
      options: {
        sygemelding_1_dag: 'Sygemelding – kontakt 1. eller 2. sygedag',
        kontakt_3_dag: 'Kontakt efter 3 dages sygefravær',
        kontakt_6_dag: 'Kontakt 6. sygedag',
        dialog_1_uge: 'Dialog efter 1 uges sygemelding',
        kontakt_8_dag: 'Kontakt efter 8 dages sygefravær',
        omsorgssamtale: 'Omsorgssamtale',
      },
      optionHelp: {
        sygemelding_1_dag: 'Telefonsamtalen på 1. eller 2. sygedag. Skriv kun et notat, når der kommer noget frem, som kan få betydning for et længere forløb, og sig til medarbejderen, at du skriver det.',
        dialog_1_uge: 'Telefonsamtalen, når sygemeldingen har varet en uge. Overvej sammen med medarbejderen, om jobcentret skal inddrages.',
        kontakt_6_dag: 'Telefonsamtalen på 6. sygedag. I kan aftale tidspunktet for næste kontakt.',
        kontakt_3_dag: 'Opkaldet efter 3 dages sygefravær: hvor længe ventes fraværet at vare?',
        kontakt_8_dag: 'Opkaldet efter 8 dages sygefravær: hvornår og hvordan kan medarbejderen vende tilbage?',
        omsorgssamtale: 'Notatet med de konkrete aftaler fra en omsorgssamtale. Det lægges i personalemappen.',
      },
    },
    '/note/date': { label: 'Dato for samtalen' },
    '/note/form': { label: 'Samtaleform', options: FORMS, help: 'Tom: telefon ved opkaldene, fremmøde ved omsorgssamtalen.' },
    '/purpose': { label: 'Baggrund', help: 'Lad feltet stå tomt for at bruge den faste baggrundstekst for samtaletypen.' },
    '/summary': {
      label: 'Det talte I om',
      help: 'En tom linje starter et nyt afsnit. Du må ikke spørge, hvad medarbejderen fejler.',
      inspiration: { dependsOn: 'note.type', lists: 'note' },
    },
    '/agreements': { label: 'Aftaler', item: 'Aftale', help: 'Hver aftale fortsætter sætningen »Vi aftaler, at …«, f.eks. »jeg tager mig af de opgaver, vi har talt om«.' },
    '/next_contact': { label: 'Næste kontakt', help: 'Udfyld enten næste kontakt eller teksten om den.' },
    '/next_contact/date': { label: 'Dato' },
    '/next_contact/form': { label: 'Form', options: FORMS },
    '/next_contact/initiative': { label: 'Hvem tager initiativet?', options: { leder: 'Lederen', medarbejder: 'Medarbejderen' } },
    '/next_contact_text': { label: 'Næste kontakt som tekst', help: 'F.eks. »Medarbejderen ringer, når der er nyt fra lægen.«' },
    '/employee_informed': { label: 'Medarbejderen er orienteret om notatet' },
    '/absence/first_day': { label: 'Første sygedag' },
  },
  [PLAN_KIND]: PLAN_LABELS,
  fastholdelsesplan: {
    '/absence/first_day': { label: 'Første sygedag', help: 'Retten til en plan gælder, når medarbejderen ikke ventes tilbage inden for 8 uger efter første sygedag.' },
    '/initiative': {
      label: 'Initiativ til planen',
      options: { medarbejder: 'Medarbejderen bad om planen', arbejdsgiver: 'Arbejdsgiverens initiativ' },
      help: 'Arbejdsgiveren kan også lave en plan på eget initiativ, også ved kortere fravær.',
    },
    '/requested_on': { label: 'Medarbejderen bad om planen den', help: 'Kun når medarbejderen bad om planen.' },
    '/expected_return': { label: 'Forventet fuld tilbagevenden', help: 'Tom: planen skriver »Endnu ikke kendt«.' },
    '/goal': { label: 'Mål med planen', help: 'Lad feltet stå tomt for at bruge standardteksten efter § 7 b.' },
    '/schedule': { label: 'Trappeplan', item: 'Trin', help: 'Trinnene i rækkefølge uden overlap. Kun det sidste trin må stå uden slutdato.' },
    '/schedule/*/from': { label: 'Fra' },
    '/schedule/*/to': { label: 'Til' },
    '/schedule/*/hours_per_week': { label: 'Timer pr. uge', help: 'Fra 1 til 60, f.eks. 18,5.' },
    '/schedule/*/tasks': { label: 'Opgaver' },
    '/changed_tasks': { label: 'Ændrede opgaver', item: 'Opgave' },
    '/aids': { label: 'Hjælpemidler', item: 'Hjælpemiddel' },
    '/adjustments': { label: 'Tilpasninger af arbejdspladsen', item: 'Tilpasning' },
    '/jobcenter': { label: 'Jobcenter' },
    '/jobcenter/involvement': { label: 'Samarbejde med jobcentret' },
    '/jobcenter/section_56': {
      label: '§ 56-aftale',
      options: { overvejes: 'Overvejes', ansoegt: 'Der er søgt', bevilget: 'Bevilget' },
      help: 'Ved kronisk eller langvarig sygdom kan arbejdsgiveren få refusion fra første sygedag.',
    },
    '/colleagues': { label: 'Det får kollegerne at vide', help: 'Tom: kun det, I har aftalt – aldrig årsagen til fraværet.' },
    '/follow_up': { label: 'Opfølgning', item: 'Opfølgning' },
    '/follow_up/*/date': { label: 'Dato' },
    '/follow_up/*/what': { label: 'Hvad' },
  },
  paamindelse: {
    '/referat': { label: 'Referatet' },
    '/referat/meeting_type': { label: 'Samtaletype', options: MEETING_TYPES, help: 'Referatets titel: »Referat af …«.' },
    '/referat/meeting_date': { label: 'Dato for samtalen' },
    '/referat/sent_on': { label: 'Referatet blev sendt den', help: 'Den dag, medarbejderen fik referatet uden underskrifter.' },
    '/return_by': { label: 'Sendes underskrevet tilbage senest', help: 'Tom: det antal arbejdsdage efter brevets dato, som organisationen har valgt.' },
  },
  svar_fastholdelsesplan: {
    '/requested_on': { label: 'Medarbejderen bad om planen den' },
    '/answer': {
      label: 'Svar',
      top: true,
      options: { invitation: 'Vi laver planen sammen', ikke_behov: 'Der er ikke behov for en plan' },
      optionHelp: {
        invitation: 'Brevet inviterer medarbejderen til et møde, hvor I skriver planen sammen.',
        ikke_behov: 'Du har vurderet, at der ikke er behov for en plan. Skriv begrundelsen; brevet siger, hvad medarbejderen kan gøre.',
      },
    },
    '/meeting': { label: 'Mødet', help: 'Kun når I laver planen sammen.' },
    ...SUMMONED_MEETING,
    '/reason': { label: 'Begrundelse', help: 'Kun når der ikke er behov for en plan: hvorfor ikke? Skriv aldrig noget om en diagnose.' },
    '/bisidder': { label: 'Bisidder', help: 'Kun når I laver planen sammen, og medarbejderen allerede har valgt en bisidder.' },
    '/absence/first_day': { label: 'Første sygedag', help: 'Brevet skriver, at medarbejderen har været sygemeldt siden denne dag.' },
  },
  laegeerklaering: {
    '/certificate': { label: 'Erklæringen' },
    '/certificate/type': {
      label: 'Erklæring',
      top: true,
      options: { friattest: 'Friattest', varighedserklaering: 'Varighedserklæring' },
      optionHelp: {
        friattest: 'Lægens dokumentation for, at fraværet skyldes sygdom. Efter mange retningslinjer kan du bede om den, når fraværet har varet 3 dage.',
        varighedserklaering: 'Lægens vurdering af, hvor længe fraværet ventes at vare. Efter mange retningslinjer kan du bede om den, når fraværet har varet 14 dage.',
      },
    },
    '/certificate/deliver_by': { label: 'Sendes senest' },
    '/certificate/reason': { label: 'Begrundelse', help: 'Hvorfor beder du om erklæringen? Tom: en fast begrundelse for typen.' },
    '/absence/first_day': { label: 'Første sygedag', help: 'Brevet skriver, at medarbejderen har været sygemeldt siden denne dag.' },
    '/fee_paid_by_employer': {
      label: 'Arbejdspladsen betaler lægens honorar',
      help: 'Tom: som organisationen har valgt. Brevet nævner kun honoraret, når arbejdspladsen betaler.',
    },
  },
};

// The sections of each kind's form, in order; members are the document's top-level members.
export const SECTIONS = {
  [PLAN_KIND]: PLAN_SECTIONS,
  indkaldelse: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Samtalen', members: ['meeting', 'absence', 'previous_meeting', 'reply_by'] },
    { title: 'Deltagere', members: ['bisidder', 'participants'] },
    { title: 'Brevets tekst', members: ['purpose', 'message', 'topics'] },
    { title: 'Fraværskort', members: ['absence_periods'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  referat: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Samtalen', members: ['meeting', 'absence', 'bisidder', 'others_present'] },
    { title: 'Det talte I om', members: ['purpose', 'status', 'return_options'] },
    { title: 'Aftaler', members: ['agreements'] },
    { title: 'Næste samtale', members: ['next_meeting', 'next_meeting_text'] },
    { title: 'Om referatet', members: ['read_aloud', 'signed_at_meeting', 'return_by', 'recorded', 'employee_comments'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  notat: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Samtalen', members: ['note', 'absence'] },
    { title: 'Det talte I om', members: ['purpose', 'summary', 'agreements'] },
    { title: 'Næste kontakt', members: ['next_contact', 'next_contact_text', 'employee_informed'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  fastholdelsesplan: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Fravær og anmodning', members: ['absence', 'initiative', 'requested_on', 'expected_return', 'goal'] },
    { title: 'Trappeplan', members: ['schedule'] },
    { title: 'Opgaver, hjælpemidler og tilpasninger', members: ['changed_tasks', 'aids', 'adjustments'] },
    { title: 'Jobcenter og kolleger', members: ['jobcenter', 'colleagues'] },
    { title: 'Opfølgning', members: ['follow_up'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  svar_fastholdelsesplan: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Anmodningen', members: ['requested_on', 'absence', 'answer'] },
    { title: 'Vi laver planen sammen', members: ['meeting', 'bisidder'] },
    { title: 'Der er ikke behov for en plan', members: ['reason'] },
    { title: 'Brevets tekst', members: ['message'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  laegeerklaering: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Erklæringen', members: ['certificate', 'absence', 'fee_paid_by_employer', 'message'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  paamindelse: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Referatet', members: ['referat', 'return_by', 'message'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
};

// The label entry of a field of a kind, or undefined.
export function labelFor(kind, pointer) {
  return BY_KIND[kind]?.[pointer] ?? COMMON[pointer];
}

// For the check in tests/browser: the keys of the common table and of each kind's table.
export function labelKeys() {
  return { common: Object.keys(COMMON), byKind: Object.fromEntries(Object.entries(BY_KIND).map(([k, v]) => [k, Object.keys(v)])) };
}

// Every text of the tables (for the spelling check).
export function allTexts() {
  const texts = [];
  const add = (entry) => {
    for (const value of [entry.label, entry.help, entry.item, entry.placeholder]) if (value) texts.push(value);
    for (const table of [entry.options, entry.optionHelp, entry.yesNo]) if (table) texts.push(...Object.values(table));
  };
  for (const entry of Object.values(COMMON)) add(entry);
  for (const table of Object.values(BY_KIND)) for (const entry of Object.values(table)) add(entry);
  for (const kind of KINDS) texts.push(kind.label, kind.help);
  for (const kind of Object.keys(SECTIONS)) for (const section of SECTIONS[kind]) texts.push(section.title);
  return texts;
}
