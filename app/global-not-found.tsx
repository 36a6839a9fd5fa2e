// The 404 for URLs that match no route at all; it bypasses the layouts, so it brings its own document.
import type { Metadata } from "next";
import { NotFoundPage } from "@/components/NotFoundPage";
import "./globals.css";

export const metadata: Metadata = { title: "404", robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body>
        <NotFoundPage />
      </body>
    </html>
  );
}
