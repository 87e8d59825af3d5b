// Questions for inspiration next to the free text of a referat or a notat,
// by conversation type. They follow the dialog guides the service was made
// from (/work/shared/seeds 000 and 002: "Dialog – spørgsmål til
// inspiration"), in our own short wording, and never ask what the employee
// suffers from. Plain data.

const AFTER_ONE_WEEK = [
  'Hvordan går det, og hvordan har du haft det siden sidst?',
  'Hvornår forventer du at være klar til at komme tilbage?',
  'Hvad skal der til, for at du kan vende tilbage?',
  'Er der dage eller tidspunkter, hvor du fremover ikke kan arbejde?',
  'Kan du genoptage arbejdet helt eller delvist?',
  'Hvilke arbejdsopgaver kan du udføre?',
  'Har du brug for hjælpemidler for at kunne løse dine opgaver?',
  'Hvad kan jeg fortælle dine kolleger?',
];

const CARE = [
  'Det, jeg lægger mærke til, er … Kan du genkende det?',
  'Kan du sætte nogle ord på det?',
  'Sker det i bestemte situationer eller på bestemte tidspunkter af dagen?',
  'Hvis vi sammen skal finde en løsning, hvad ville så være bedst for dig?',
  'Er der noget, jeg som leder kan gøre?',
  'Er der noget, du selv kan gøre i hverdagen?',
  'Hvad skal dine kolleger orienteres om?',
];

const FIRST_CALL = [
  'Hvordan går det?',
  'Hvornår forventer du at være tilbage?',
  'Er der aftaler, der skal aflyses, eller opgaver, der skal tages hånd om?',
  'Er der noget, jeg eller arbejdspladsen kan gøre – f.eks. forhold i arbejdet, der skal justeres?',
  'Hvad kan jeg fortælle dine kolleger?',
  'Er der andet, du har brug for at tale om?',
];

export const INSPIRATION = {
  meeting: {
    omsorgssamtale: CARE,
    fravaerssamtale: AFTER_ONE_WEEK,
    statussamtale: AFTER_ONE_WEEK,
    spredt_fravaer: [
      'Hvordan går det?',
      'Hvad skal der til, for at dit sygefravær bliver mindre?',
      'Er der forhold, som betyder, at der også vil være fravær fremover?',
      'Hvilke arbejdsopgaver bliver påvirket?',
      'Hvad kan arbejdspladsen gøre for at mindske dit sygefravær?',
      'Hvad kan du selv gøre for at mindske dit sygefravær?',
      'Har du brug for hjælpemidler for at kunne løse dine opgaver?',
      'Hvis vi laver aftaler: Hvad kan jeg fortælle dine kolleger?',
    ],
    opfoelgningssamtale: [
      'Hvordan er det gået siden sidst?',
      'Hvordan står det til med de aftaler, vi lavede?',
      'Hvordan har du og vi arbejdet med aftalerne?',
      'Har aftalerne gjort sygefraværet mindre?',
      'Hvad kan arbejdspladsen gøre for at mindske dit sygefravær?',
      'Hvad kan du selv gøre for at mindske dit sygefravær?',
      'Har du brug for hjælpemidler for at kunne løse dine opgaver?',
    ],
    mulighedserklaering: [
      'Hvilke arbejdsopgaver og funktioner består dit job af?',
      'Hvilke af opgaverne kan du klare nu, og hvilke er svære?',
      'Kan du arbejde helt eller delvist, hvis vi tager nogle hensyn?',
      'Hvilke hensyn kunne det være – f.eks. andre opgaver, færre timer, en anden arbejdstid eller hjælpemidler?',
      'Hvad kan arbejdspladsen tilbyde?',
      'Hvornår tager du erklæringen med til din læge?',
    ],
  },
  note: {
    sygemelding_1_dag: FIRST_CALL,
    dialog_1_uge: AFTER_ONE_WEEK,
    kontakt_6_dag: [...FIRST_CALL, 'Skal vi aftale, hvornår vi taler sammen næste gang, og hvem der ringer?'],
    kontakt_3_dag: FIRST_CALL,
    kontakt_8_dag: AFTER_ONE_WEEK,
    omsorgssamtale: CARE,
  },
};

// The questions for a list ("meeting", "note") and a conversation type, or [].
export function questionsFor(lists, type) {
  return INSPIRATION[lists]?.[type] ?? [];
}

export const INSPIRATION_NOTE = 'Husk: Du må ikke spørge, hvad medarbejderen fejler. Fortæller medarbejderen det selv, må I gerne tale om det.';
