import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Опора", template: "%s — Опора" },
  description: "Методическое сопровождение школ с низкими образовательными результатами",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ru">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
