import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Опора", template: "%s — Опора" },
  description: "Методическое сопровождение школ с низкими образовательными результатами",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry the request's CSP nonce
  // (decision 055), which a page prerendered at build time could not have.
  await connection();
  return (
    <html lang="ru">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
