import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.ts";
import { InputError, MAX_INPUT_BYTES } from "./input-errors.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

describe("decodeText", () => {
  it.each([
    ["plain ASCII", utf8("Hello, world."), "Hello, world."],
    ["UTF-8 with accents and dashes", utf8("Café – “quoted”"), "Café – “quoted”"],
    ["a byte order mark is dropped", bytes(0xef, 0xbb, 0xbf, 0x48, 0x69), "Hi"],
    ["tabs, CR LF and form feeds are text", utf8("a\tb\r\nc\fd"), "a\tb\r\nc\fd"],
  ])("decodes %s", (_name, input, expected) => {
    expect(decodeText("x.txt", input)).toBe(expected);
  });

  it.each([
    ["an empty file", new Uint8Array(0), "empty"],
    ["only whitespace", utf8("  \n\t\n"), "empty"],
    ["NUL bytes", bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d), "binary"],
    ["many control characters", bytes(...Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), "binary"],
    ["a lone continuation byte", bytes(0x61, 0x62, 0x80, 0x63), "invalid_utf8"],
    ["Latin-1 text", bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), "invalid_utf8"],
    ["a truncated sequence at the end", bytes(0x61, 0xe2, 0x80), "invalid_utf8"],
    ["UTF-16 with its byte order mark", bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), "invalid_utf8"],
    ["one byte over the limit", new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61), "too_large"],
  ])("refuses %s", (_name, input, code) => {
    expect(() => decodeText("x.txt", input)).toThrow(InputError);
    try {
      decodeText("x.txt", input);
    } catch (error) {
      expect((error as InputError).code).toBe(code);
      expect((error as InputError).input).toBe("x.txt");
      expect((error as InputError).message).toContain('"x.txt"');
    }
  });

  it("says where the first invalid byte is", () => {
    const input = new Uint8Array([...utf8("line one\nline two \uFFFD ok\nbad "), 0xc3, 0x28]);
    expect(() => decodeText("a.txt", input)).toThrow(/0xc3 at byte 29, line 3/);
  });

  it("counts a byte order mark in the offset of the first invalid byte", () => {
    expect(() => decodeText("a.txt", bytes(0xef, 0xbb, 0xbf, 0x61, 0xff))).toThrow(/at byte 4, line 1/);
  });
});
