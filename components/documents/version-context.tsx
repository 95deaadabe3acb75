"use client";
import { createContext, useContext, useState } from "react";

/**
 * The document version the editor last saw. Every block's save sends it and
 * takes the new one from its own successful save; a save by someone else in
 * between makes the server answer with the conflict message, and the typed
 * text stays in the form.
 */
const VersionContext = createContext<{ version: number; setVersion: (v: number) => void } | null>(null);

export function DocumentVersionProvider({ initial, children }: { initial: number; children: React.ReactNode }) {
  const [version, setVersion] = useState(initial);
  return <VersionContext.Provider value={{ version, setVersion }}>{children}</VersionContext.Provider>;
}

export function useDocumentVersion() {
  const value = useContext(VersionContext);
  if (!value) throw new Error("useDocumentVersion outside DocumentVersionProvider");
  return value;
}
