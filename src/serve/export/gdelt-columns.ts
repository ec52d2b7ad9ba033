// The 61 columns of a GDELT 2.0 event record, named as in the GDELT 2.0 event codebook and BigQuery table.
const ACTOR = (n: 1 | 2) =>
  ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code"]
    .concat(["Type1Code", "Type2Code", "Type3Code"])
    .map((field) => `Actor${n}${field}`);

const GEO = (prefix: string) =>
  ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map(
    (field) => `${prefix}_${field}`,
  );

export const GDELT_COLUMNS: readonly string[] = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...ACTOR(1),
  ...ACTOR(2),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...GEO("Actor1Geo"),
  ...GEO("Actor2Geo"),
  ...GEO("ActionGeo"),
  "DATEADDED",
  "SOURCEURL",
];

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];
