"use client";
/**
 * The idle timeout (docs/decisions/003-auth.md, 080): the session cookie
 * lives SESSION_IDLE_TIMEOUT_S and is renewed only by next-auth's session
 * endpoint — pages rendered on the server cannot set cookies. So while the
 * person is actually working (a click, a key, a navigation), this asks the
 * endpoint to renew it, at most once per SESSION_UPDATE_AGE_S. A tab left
 * open without activity lets the session expire.
 */
import { useEffect } from "react";
import { SESSION_UPDATE_AGE_S } from "@/lib/auth/session-policy";

const KEY = "opora.session-renewed-at";
const EVERY_MS = SESSION_UPDATE_AGE_S * 1000;

function renewIfDue() {
  const last = Number(sessionStorage.getItem(KEY) ?? 0);
  if (Date.now() - last < EVERY_MS) return;
  sessionStorage.setItem(KEY, String(Date.now()));
  fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" }).catch(() => undefined);
}

export function SessionKeepAlive() {
  useEffect(() => {
    renewIfDue(); // loading a page is activity too
    const events = ["pointerdown", "keydown"] as const;
    for (const event of events) window.addEventListener(event, renewIfDue, { passive: true });
    return () => {
      for (const event of events) window.removeEventListener(event, renewIfDue);
    };
  }, []);
  return null;
}
