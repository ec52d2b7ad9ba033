// Launches Debian's Chromium (apt-get install chromium) through playwright-core; nothing is ever downloaded.
// Playwright gives every launch a fresh temporary profile (user-data-dir) and deletes it on close.
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.DYAD_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
