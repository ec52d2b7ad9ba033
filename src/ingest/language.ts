// The language of an article's body (franc-min trigrams), as an ISO 639-1 code. dyad reads English only, so
// the one question that matters is "clearly not English?"; short or mixed texts get the benefit of the doubt.
import { francAll } from "franc-min";

export interface DetectedLanguage {
  /** ISO 639-1 ("en"), or the ISO 639-3 code where the language has no two-letter code. */
  code: string;
  /** English name of the language, for messages ("French"). */
  name: string;
}

/** Below this many letters trigram statistics say little: the language is unknown (null). */
const MIN_LETTERS = 60;
/** Only the head of a long body is needed to tell its language; keeps detection fast on big files. */
const SAMPLE_CHARS = 1000;
/** English scoring this close to the winner (scores are relative, the winner has 1) still counts as English. */
const ENGLISH_MARGIN = 0.9;

const ENGLISH: DetectedLanguage = { code: "en", name: "English" };

// English function words that other Latin-script languages rarely use as words. In English news prose they
// make a quarter of the words; when they make this share, franc's slower trigram ranking is not needed.
const ENGLISH_WORDS = new Set(
  "the of and to in is that for on with was were said by from has have had it its he his be been will which who this at are as an".split(
    " ",
  ),
);
const CLEARLY_ENGLISH_SHARE = 0.15;

// Below this many letters, franc's guess among its 180 languages is often a rare one ("Papua New Guinea Prime
// Minister James Marape met Indian Prime Minister Narendra Modi." is Sundanese to it): a short text is only
// taken to be another language when franc names one of the languages most news is written in.
const SHORT_TEXT_LETTERS = 300;
/** ... and English within this of the winner counts, as the top few scores of a short text are close. */
const SHORT_ENGLISH_MARGIN = 0.8;
const NEWS_LANGUAGES = new Set(
  "fra spa deu ita por nld rus ukr pol ces ron hun swe dan nob fin tur arb pes urd hin ben cmn jpn kor vie ind zlm tha ell heb bul srp hrv".split(
    " ",
  ),
);

function englishWordShare(sample: string): number {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  return words.length === 0 ? 0 : english / words.length;
}

// franc-min's languages (ISO 639-3) with their ISO 639-1 codes and names.
const LANGUAGES: Record<string, [code: string, name: string]> = {
  eng: ["en", "English"],
  spa: ["es", "Spanish"],
  por: ["pt", "Portuguese"],
  fra: ["fr", "French"],
  deu: ["de", "German"],
  ita: ["it", "Italian"],
  nld: ["nl", "Dutch"],
  swe: ["sv", "Swedish"],
  pol: ["pl", "Polish"],
  ces: ["cs", "Czech"],
  hun: ["hu", "Hungarian"],
  ron: ["ro", "Romanian"],
  tur: ["tr", "Turkish"],
  rus: ["ru", "Russian"],
  ukr: ["uk", "Ukrainian"],
  bel: ["be", "Belarusian"],
  bul: ["bg", "Bulgarian"],
  srp: ["sr", "Serbian"],
  hrv: ["hr", "Croatian"],
  bos: ["bs", "Bosnian"],
  ell: ["el", "Greek"],
  arb: ["ar", "Arabic"],
  pes: ["fa", "Persian"],
  urd: ["ur", "Urdu"],
  pbu: ["ps", "Pashto"],
  hin: ["hi", "Hindi"],
  ben: ["bn", "Bengali"],
  mar: ["mr", "Marathi"],
  npi: ["ne", "Nepali"],
  pan: ["pa", "Punjabi"],
  guj: ["gu", "Gujarati"],
  tel: ["te", "Telugu"],
  tam: ["ta", "Tamil"],
  kan: ["kn", "Kannada"],
  mal: ["ml", "Malayalam"],
  sin: ["si", "Sinhala"],
  cmn: ["zh", "Chinese"],
  jpn: ["ja", "Japanese"],
  kor: ["ko", "Korean"],
  vie: ["vi", "Vietnamese"],
  tha: ["th", "Thai"],
  mya: ["my", "Burmese"],
  ind: ["id", "Indonesian"],
  zlm: ["ms", "Malay"],
  jav: ["jv", "Javanese"],
  sun: ["su", "Sundanese"],
  tgl: ["tl", "Tagalog"],
  kaz: ["kk", "Kazakh"],
  uzn: ["uz", "Uzbek"],
  azj: ["az", "Azerbaijani"],
  ckb: ["ku", "Kurdish"],
  amh: ["am", "Amharic"],
  swh: ["sw", "Swahili"],
  som: ["so", "Somali"],
  hau: ["ha", "Hausa"],
  yor: ["yo", "Yoruba"],
  ibo: ["ig", "Igbo"],
  zul: ["zu", "Zulu"],
  kin: ["rw", "Kinyarwanda"],
  run: ["rn", "Kirundi"],
  lin: ["ln", "Lingala"],
  nya: ["ny", "Chichewa"],
  plt: ["mg", "Malagasy"],
  fuv: ["ff", "Fulfulde"],
  qug: ["qu", "Quechua"],
  zyb: ["za", "Zhuang"],
};

/** The body's language, or null when the text is too short to tell. */
export function detectLanguage(body: string): DetectedLanguage | null {
  const sample = body.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  if (englishWordShare(sample) >= CLEARLY_ENGLISH_SHARE) return ENGLISH;
  const ranking = francAll(sample);
  const [top] = ranking;
  if (!top || top[0] === "und") return null;
  const english = ranking.find(([language]) => language === "eng");
  const short = letters < SHORT_TEXT_LETTERS;
  if (top[0] === "eng" || (english && english[1] >= (short ? SHORT_ENGLISH_MARGIN : ENGLISH_MARGIN))) return ENGLISH;
  if (short && !NEWS_LANGUAGES.has(top[0])) return null;
  const [code, name] = LANGUAGES[top[0]] ?? [top[0], top[0]];
  return { code, name };
}
