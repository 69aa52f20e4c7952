import style from '../../data/style.json' with { type: 'json' };

/**
 * The interface's own strings (buttons, notices, accessible names), in Italian
 * (the story's language) and English. Story facts travel with the data
 * (`data/story.json`); the words we add around them as labels (kickers, titles,
 * badges, qualifiers, units) come from the desk's style sheet (`data/style.json`).
 */
const chrome = {
  it: {
    asOf: 'Dati aggiornati al {date}',
    sources: 'Fonti',
    sourceLabel: 'Fonte',
    reportedBy: '{name}, riportato da {outlet}',
    articleBy: 'Dall’articolo di {publisher}',
    editorNote: 'Nota della redazione',
    'tally.chartLabel': 'Grafico: soldati inviati, morti e feriti',
    'tally.chart.summary':
      'Grafico a barre. Soldati inviati: {total} in tutto, di cui {latest} nell’ultimo invio e {earlier} prima ({derivedSource}). Morti e feriti: {casualties}.',
    'chart.roledescription': 'grafico esplorabile',
    'chart.help': 'Con le frecce si passa da un dato all’altro, con Inizio e Fine al primo e all’ultimo; Esc chiude.',
    'chart.position': 'Dato {n} di {total}.',
    'chart.showData': 'Vedi i dati',
    'chart.downloadData': 'Scarica i dati (CSV)',
    'chart.downloadChart': 'Scarica il grafico (PNG)',
    'chart.col.label': 'Dato',
    'chart.col.value': 'Valore',
    'chart.col.qualifier': 'Qualificatore',
    'chart.col.unit': 'Unità',
    'chart.col.source': 'Fonte',
    'chart.col.derived': 'Calcolo della redazione',
    'chart.exact': 'esatto',
    'chart.yes': 'sì',
    'chart.no': 'no',
    'ceasefire.daysDetail': 'dal {since} al {asOf}, giorno a cui sono aggiornati i dati (calcolo della redazione)',
    seeNote: 'Vedi la nota della redazione in fondo.',
    derivedSource: 'calcolo della redazione: {formula}',
    correctionAtClaim: '{claim}, secondo l’articolo; {correction}',
    sourceDefault: 'Fonte, dove non indicata',
    otherSources: 'Altre fonti',
    'timeline.undatedNote':
      'L’articolo non dice quando: non aggiungiamo date. Prima i fatti avvenuti, poi quelli in corso, poi quelli possibili.',
    'story.cards': 'Le schede della storia',
    'notice.dataError': 'Non è stato possibile usare i dati aggiornati ({reason}): restano i dati dell’articolo.',
    'notice.reason.timeout': 'tempo scaduto',
    'notice.reason.network': 'rete non raggiungibile',
    'notice.reason.http': 'risposta HTTP {status}',
    'notice.reason.json': 'JSON non valido',
    'notice.reason.invalid': 'dati non conformi allo schema',
    'notice.attribute': 'Valore non riconosciuto per “{attr}”: “{value}”. Si usa “{fallback}”.',
    'notice.range': 'Valore non valido per “{attr}”: “{value}” (serve un numero tra {range}). Si usa: {fallback}.',
    'notice.none': 'nessuno',
    'notice.srcRefused': 'Questa pagina non carica dati da “{origin}”: restano i dati dell’articolo.',
    'notice.reason.url': 'indirizzo non consentito',
    'notice.reason.redirect': 'reindirizzamento verso un altro sito',
    'notice.reason.type': 'la risposta non è JSON',
    'notice.reason.size': 'file troppo grande',
  },
  en: {
    asOf: 'Data as of {date}',
    sources: 'Sources',
    sourceLabel: 'Source',
    reportedBy: '{name}, reported by {outlet}',
    articleBy: 'From the article by {publisher}',
    editorNote: 'Editor’s note',
    'tally.chartLabel': 'Chart: soldiers sent, killed and wounded',
    'tally.chart.summary':
      'Bar chart. Soldiers sent: {total} in all, {latest} of them in the latest deployment and {earlier} before it ({derivedSource}). Killed and wounded: {casualties}.',
    'chart.roledescription': 'explorable chart',
    'chart.help': 'Arrow keys move from one value to the next, Home and End to the first and last; Escape closes.',
    'chart.position': 'Value {n} of {total}.',
    'chart.showData': 'Show the data',
    'chart.downloadData': 'Download the data (CSV)',
    'chart.downloadChart': 'Download the chart (PNG)',
    'chart.col.label': 'Figure',
    'chart.col.value': 'Value',
    'chart.col.qualifier': 'Qualifier',
    'chart.col.unit': 'Unit',
    'chart.col.source': 'Source',
    'chart.col.derived': 'Editors’ calculation',
    'chart.exact': 'exact',
    'chart.yes': 'yes',
    'chart.no': 'no',
    'ceasefire.daysDetail': 'from {since} to {asOf}, the date of the data (editors’ calculation)',
    seeNote: 'See the editor’s note below.',
    derivedSource: 'editors’ calculation: {formula}',
    correctionAtClaim: '{claim}, according to the article; {correction}',
    sourceDefault: 'Source where not stated',
    otherSources: 'Other sources',
    'timeline.undatedNote':
      'The article does not say when, and we add no date. Events that happened come first, then ongoing ones, then possible ones.',
    'story.cards': 'The story’s cards',
    'notice.dataError': 'The updated data could not be used ({reason}); showing the article’s data.',
    'notice.reason.timeout': 'timed out',
    'notice.reason.network': 'network unreachable',
    'notice.reason.http': 'HTTP status {status}',
    'notice.reason.json': 'invalid JSON',
    'notice.reason.invalid': 'data does not match the schema',
    'notice.attribute': 'Unrecognised value for “{attr}”: “{value}”. Using “{fallback}”.',
    'notice.range': 'Invalid value for “{attr}”: “{value}” (it takes a number in {range}). Using: {fallback}.',
    'notice.none': 'none',
    'notice.srcRefused': 'This page does not load data from “{origin}”; showing the article’s data.',
    'notice.reason.url': 'address not allowed',
    'notice.reason.redirect': 'redirected to another site',
    'notice.reason.type': 'the answer is not JSON',
    'notice.reason.size': 'file too large',
  },
} as const satisfies Record<string, Record<string, string>>;

export type LabelKey = keyof typeof style.labels;
export type MessageKey = keyof (typeof chrome)['it'] | LabelKey;

function labels(lang: 'it' | 'en'): Record<LabelKey, string> {
  return Object.fromEntries(Object.entries(style.labels).map(([key, entry]) => [key, entry[lang]])) as Record<LabelKey, string>;
}

export const messages: Record<'it' | 'en', Record<MessageKey, string>> = {
  it: { ...chrome.it, ...labels('it') },
  en: { ...chrome.en, ...labels('en') },
};

/** The certainty a label claims (data/style.json), for badges: `reported`, `possible` or `feared`. */
export function labelCertainty(key: LabelKey): string {
  return (style.labels[key] as { certainty?: string }).certainty ?? 'reported';
}
